import { darwinPart } from '@cdknix/constructs';

export const inputDevices = darwinPart(() => ({
  system: {
    keyboard: { enableKeyMapping: true, remapCapsLockToControl: true },
    defaults: {
      trackpad: { Clicking: true, TrackpadRightClick: true, TrackpadThreeFingerDrag: true },
    },
  },
}));
