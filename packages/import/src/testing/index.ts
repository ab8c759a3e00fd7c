export * from './contract-declarations.js';
export * from './describe-shipped-bindings.js';
export * from './shared-options.js';
export * from './typecheck-files.js';
