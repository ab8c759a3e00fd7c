import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const gitInterfaces = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      lazygit: {
        enable: true,
        settings: {
          gui: { showIcons: true },
          git: { pagers: [{ pager: 'delta --dark --paging=never' }] },
        },
      },
    },
  }),
);
