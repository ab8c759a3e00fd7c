export { terminal } from './terminal.js';
