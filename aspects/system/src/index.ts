export { system } from './system.js';
