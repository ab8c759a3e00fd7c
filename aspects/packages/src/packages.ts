import { defineAspect } from '@cdknix/constructs';
import { packageSetPart } from './package-set-part.js';
import { packageSetNames } from './package-sets.js';
import { packagesOptions } from './packages-options.js';

/** Optional package sets by field of work; each home picks the sets it wants. */
export const packages = defineAspect({
  name: 'packages',
  description:
    'Package sets by field of work (databases, publishing, bioinformatics...) that each home picks.',
  options: packagesOptions,
  parts: packageSetNames.map(packageSetPart),
});
