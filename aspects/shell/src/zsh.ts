import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const zsh = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      zsh: {
        enable: true,
        dotDir: '.config/zsh',
        autocd: true,
        autosuggestion: { enable: true },
        syntaxHighlighting: { enable: true },
        history: { size: 100000, ignoreDups: true, path: '$HOME/.local/state/zsh/history' },
        initContent: 'bindkey -e\nsetopt interactive_comments',
      },
    },
  }),
);
