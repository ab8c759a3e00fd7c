export { christophersmith } from './christophersmith.js';
export { crs58 } from './crs58.js';
export { janettesmith } from './janettesmith.js';
export { raquel } from './raquel.js';
export { tara } from './tara.js';
