import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const monitors = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      btop: {
        enable: true,
        settings: { color_theme: 'TTY', theme_background: false, update_ms: 1000 },
      },
      bottom: { enable: true },
      htop: { enable: true },
    },
  }),
);
