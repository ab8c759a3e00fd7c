import { defineAspect } from '@cdknix/constructs';
import { homebrewBase } from './homebrew-base.js';
import { homebrewFonts } from './homebrew-fonts.js';
import { homebrewOptions } from './homebrew-options.js';

/**
 * Homebrew casks, formulae and App Store apps for the laptops. A laptop adds its own with
 * `settings: { aspects: { homebrew: { additionalCasks: ['inkscape'] } } }`.
 */
export const homebrew = defineAspect({
  name: 'homebrew',
  description:
    'Homebrew casks, formulae, fonts and Mac App Store apps: a base set plus what each laptop adds.',
  options: homebrewOptions,
  parts: [homebrewBase, homebrewFonts],
});
