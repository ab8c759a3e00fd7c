export { development } from './development.js';
export { type Language, languages, toolchains } from './language-toolchains.js';
