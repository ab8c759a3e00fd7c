import { homeManagerPart } from '@cdknix/constructs';

/** Configuration under ~/.config, data under ~/.local/share, on macOS too. */
export const xdg = homeManagerPart(() => ({
  xdg: { enable: true },
  home: {
    preferXdgDirectories: true,
    sessionVariables: { LESSHISTFILE: '-', WGETRC: '$HOME/.config/wgetrc' },
  },
}));
