export * from './format-value-type.js';
export * from './function-type.js';
export * from './package-type.js';
export * from './path-type.js';
