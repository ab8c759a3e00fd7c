export { nixosCore } from './nixos-core.js';
