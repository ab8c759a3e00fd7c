import { mkOption, types } from '@cdknix/modules';
import { packageSetNames } from './package-sets.js';

export const packagesOptions = {
  sets: mkOption({
    type: types.listOf(types.enum([...packageSetNames])),
    default: ['databases', 'networking', 'publishing'],
    description: `Package sets installed in this home (${packageSetNames.join(', ')}).`,
  }),
};
