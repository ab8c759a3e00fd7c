import { darwinPart } from '@cdknix/constructs';

export const dock = darwinPart(() => ({
  system: {
    defaults: {
      dock: {
        autohide: true,
        'autohide-delay': 0.0,
        'mru-spaces': false,
        orientation: 'bottom',
        'show-recents': false,
        tilesize: 48,
        'wvous-br-corner': 14,
      },
    },
  },
}));
