import { darwinPart } from '@cdknix/constructs';
import { mkIf } from '@cdknix/modules';
import { fontCasks } from './base-casks.js';

/** A second definition of `homebrew.casks`: the module system concatenates the lists. */
export const homebrewFonts = darwinPart(({ config }) => ({
  config: mkIf(() => config.aspects.homebrew.enable && config.aspects.homebrew.manageFonts, {
    homebrew: { casks: [...fontCasks] },
  }),
}));
