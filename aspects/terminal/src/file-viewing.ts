import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const fileViewing = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      bat: { enable: true, config: { theme: 'TwoDark', style: 'numbers,changes,header' } },
      eza: { enable: true, git: true, icons: 'auto' },
      yazi: { enable: true, settings: { mgr: { show_hidden: true, sort_by: 'natural' } } },
    },
  }),
);
