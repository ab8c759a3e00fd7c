import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const search = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      ripgrep: { enable: true, arguments: ['--smart-case', '--hidden', '--glob=!.git/*'] },
      fd: { enable: true, hidden: true, ignores: ['.git/', 'node_modules/'] },
      jq: { enable: true },
      'nix-index': { enable: true },
      tealdeer: { enable: true, settings: { updates: { auto_update: true } } },
    },
  }),
);
