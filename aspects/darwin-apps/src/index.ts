export { darwinApps } from './darwin-apps.js';
