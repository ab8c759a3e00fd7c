import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Shared shell history across shells and machines; the up arrow stays the shell's own. */
export const history = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      atuin: {
        enable: true,
        flags: ['--disable-up-arrow'],
        settings: {
          auto_sync: true,
          sync_frequency: '10m',
          search_mode: 'fuzzy',
          style: 'compact',
        },
      },
    },
  }),
);
