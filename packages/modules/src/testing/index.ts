export * from './conformance-case.js';
export * from './run-case.js';
