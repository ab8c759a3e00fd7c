export * from './cli/run-import-command.js';
export * from './errors/import-errors.js';
export * from './generate-bindings.js';
export * from './parse/parse-type-description.js';
export type * from './parse/type-node.js';
export type * from './read/option-record.js';
export * from './read/read-options-document.js';
export * from './report/assess-type.js';
export * from './report/import-report.js';
