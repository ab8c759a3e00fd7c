import { mkOption, types } from '@cdknix/modules';
import { languages } from './language-toolchains.js';

/** `aspects.development.*`, set by each user: `homeManager: { aspects: { development: { languages: ['rust'] } } }`. */
export const developmentOptions = {
  languages: mkOption({
    type: types.listOf(types.enum([...languages])),
    default: ['python', 'typescript'],
    description: `Language toolchains to install (${languages.join(', ')}).`,
  }),
};
