export { baseBrews, baseCasks, baseMasApps, fontCasks } from './base-casks.js';
export { homebrew } from './homebrew.js';
