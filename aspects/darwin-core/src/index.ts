export { darwinCore } from './darwin-core.js';
