import { mkOption, types } from '@cdknix/modules';

/** `aspects.homebrew.*`: what a laptop adds to the fleet's base Homebrew set. */
export const homebrewOptions = {
  enable: mkOption({
    type: types.bool,
    default: true,
    description: 'Whether Homebrew manages applications on this laptop.',
  }),
  additionalCasks: mkOption({
    type: types.listOf(types.str),
    default: [],
    description: 'Casks this laptop installs besides the base set.',
  }),
  additionalBrews: mkOption({
    type: types.listOf(types.str),
    default: [],
    description: 'Formulae this laptop installs besides the base set.',
  }),
  additionalMasApps: mkOption({
    type: types.attrsOf(types.ints.unsigned),
    default: {},
    description: 'Mac App Store applications (name to store identifier) this laptop installs.',
  }),
  manageFonts: mkOption({
    type: types.bool,
    default: true,
    description: 'Whether to install the fleet fonts as casks.',
  }),
};
