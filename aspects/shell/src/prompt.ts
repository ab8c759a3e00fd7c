import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** One prompt for every shell; each shell's integration is on by default in home-manager. */
export const prompt = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      starship: {
        enable: true,
        settings: {
          add_newline: false,
          command_timeout: 1000,
          nix_shell: { format: 'via [$symbol$state]($style) ', symbol: '❄️ ' },
          git_status: { disabled: false },
        },
      },
    },
  }),
);
