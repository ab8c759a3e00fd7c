export { type PackageSetName, packageSetNames, packageSets } from './package-sets.js';
export { packages } from './packages.js';
