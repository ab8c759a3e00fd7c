import { darwinPart } from '@cdknix/constructs';

export const menuBar = darwinPart(() => ({
  system: {
    defaults: {
      menuExtraClock: { Show24Hour: true, ShowSeconds: false },
      controlcenter: { BatteryShowPercentage: true, Sound: true },
    },
  },
}));
