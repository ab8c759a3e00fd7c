export { type CdknixConfig, defineConfig } from './config/load-config.js';
export { type DiscoveredHost, discoverHosts } from './discover/discover-hosts.js';
export { main } from './main.js';
