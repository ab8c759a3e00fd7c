import { darwinPart } from '@cdknix/constructs';
import { mkDefault } from '@cdknix/modules';
import { float } from '@cdknix/nix';

export const dock = darwinPart(() => ({
  system: {
    defaults: {
      dock: {
        autohide: true,
        'autohide-delay': float(0),
        'mru-spaces': false,
        orientation: 'bottom',
        'show-recents': false,
        tilesize: mkDefault(48),
        'wvous-br-corner': 14,
      },
    },
  },
}));
