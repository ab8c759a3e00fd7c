export { core } from './core.js';
export type { HomeManagerConfig, HomeManagerSettings } from './home-manager-config.js';
