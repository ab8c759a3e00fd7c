export { type CdknixConfig, defineConfig } from './config/load-config.js';
export { discoverHosts, type DiscoveredHost } from './discover/discover-hosts.js';
export { main } from './main.js';
