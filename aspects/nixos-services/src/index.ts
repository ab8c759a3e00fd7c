export { nixosServices } from './nixos-services.js';
