export { sharedAliases } from './aliases.js';
export { shell } from './shell.js';
