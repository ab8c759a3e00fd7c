import { homeManagerPart } from '@cdknix/constructs';
import type { HomeManagerConfig } from './home-manager-config.js';

/** Configuration under ~/.config, data under ~/.local/share, on macOS too. */
export const xdg = homeManagerPart(
  (): HomeManagerConfig => ({
    xdg: { enable: true },
    home: {
      preferXdgDirectories: true,
      sessionVariables: { LESSHISTFILE: '-', WGETRC: '$HOME/.config/wgetrc' },
    },
  }),
);
