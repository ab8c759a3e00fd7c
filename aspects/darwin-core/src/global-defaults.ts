import { darwinPart } from '@cdknix/constructs';

/** Fast key repeat, no autocorrection: these machines are for typing code. */
export const globalDefaults = darwinPart(() => ({
  system: {
    defaults: {
      NSGlobalDomain: {
        AppleInterfaceStyle: 'Dark',
        ApplePressAndHoldEnabled: false,
        InitialKeyRepeat: 15,
        KeyRepeat: 2,
        NSAutomaticCapitalizationEnabled: false,
        NSAutomaticSpellingCorrectionEnabled: false,
        NSDocumentSaveNewDocumentsToCloud: false,
        'com.apple.swipescrolldirection': true,
      },
      screencapture: { location: '~/Pictures/screenshots', type: 'png' },
      loginwindow: { GuestEnabled: false },
    },
  },
}));
