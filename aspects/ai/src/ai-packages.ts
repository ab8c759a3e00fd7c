import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Agent tooling without a home-manager module of its own. */
export const aiPackages = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    home: {
      packages: [
        pkgs['aider-chat'],
        pkgs['claude-monitor'],
        pkgs.ollama,
        pkgs.llm,
        pkgs['github-copilot-cli'],
        pkgs['cursor-cli'],
        pkgs.repomix,
        pkgs['goose-cli'],
        pkgs.mods,
        pkgs.crush,
      ],
    },
  }),
);
