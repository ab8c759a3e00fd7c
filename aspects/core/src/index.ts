export { core } from './core.js';
