import { darwinPart } from '@cdknix/constructs';

export const finder = darwinPart(() => ({
  system: {
    defaults: {
      finder: {
        AppleShowAllExtensions: true,
        AppleShowAllFiles: true,
        FXEnableExtensionChangeWarning: false,
        FXPreferredViewStyle: 'Nlsv',
        ShowPathbar: true,
        ShowStatusBar: true,
        _FXShowPosixPathInTitle: true,
      },
    },
  },
}));
