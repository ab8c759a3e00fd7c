import { darwinPart } from '@cdknix/constructs';

/** macOS applications nixpkgs packages: pinned and rolled back with the system. */
export const nixApps = darwinPart(({ pkgs }) => ({
  environment: {
    systemPackages: [
      pkgs.appcleaner,
      pkgs['hidden-bar'],
      pkgs.iina,
      pkgs.maccy,
      pkgs.monitorcontrol,
      pkgs.raycast,
      pkgs.rectangle,
      pkgs.stats,
      pkgs.utm,
      pkgs.keka,
      pkgs.pinentry_mac,
    ],
  },
}));
