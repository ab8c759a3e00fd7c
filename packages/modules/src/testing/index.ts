export * from './case-files.js';
export * from './conformance-case.js';
export * from './run-case.js';
