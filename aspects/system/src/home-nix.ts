import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/**
 * The user side of the same settings: `nh` finds the fleet's flake, and its cleaner keeps the
 * user's profiles small the way `nix.gc` does for the system.
 */
export const homeNix = homeManagerPart(
  ({ user }): HomeManagerConfig => ({
    programs: {
      nh: {
        enable: true,
        flake: `${user?.homeDirectory ?? '~'}/projects/nix-workspace/infra`,
        clean: { enable: true, extraArgs: '--keep 5 --keep-since 7d' },
      },
    },
  }),
);
