import { darwinPart } from '@cdknix/constructs';
import { mkIf } from '@cdknix/modules';
import { baseBrews, baseCasks, baseMasApps } from './base-casks.js';

/**
 * The base set plus the laptop's additions. `cleanup = "uninstall"` makes the list the
 * truth: a cask removed here is removed from the machine on the next activation.
 */
export const homebrewBase = darwinPart(({ config }) => {
  const options = () => config.aspects.homebrew;
  return {
    config: mkIf(() => options().enable, {
      homebrew: {
        enable: true,
        global: { autoUpdate: false },
        onActivation: { autoUpdate: true, upgrade: true, cleanup: 'uninstall' },
        caskArgs: { no_quarantine: true },
        taps: ['steipete/tap'],
        brews: () => [...baseBrews, ...options().additionalBrews],
        casks: () => [...baseCasks, ...options().additionalCasks],
        masApps: () => ({ ...baseMasApps, ...options().additionalMasApps }),
      },
    }),
  };
});
