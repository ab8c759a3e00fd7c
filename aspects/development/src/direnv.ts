import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const direnv = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      direnv: {
        enable: true,
        'nix-direnv': { enable: true },
        config: { global: { hide_env_diff: true, warn_timeout: '30s' } },
      },
    },
  }),
);
