export * from './errors/errors.js';
export { showOption } from './errors/messages.js';
export { type ErrorKind, ModuleSystemError } from './errors/module-system-error.js';
export {
  type DeclarationInfo,
  type DefinitionInfo,
  type EvalModulesInput,
  type Evaluation,
  evalModules,
  evaluationOf,
} from './evaluation/evaluate.js';
export { optionOfException } from './evaluation/recursion-guard.js';
export type { Definable, InferConfig } from './infer.js';
export { MergedDefinitions, mergeDefinitions, type RawDefinition } from './merge-definitions.js';
export { defineModule } from './modules/define-module.js';
export type {
  ModuleArguments,
  ModuleFunction,
  ModuleInput,
  ModuleObject,
} from './modules/module.js';
export { withModuleSource } from './modules/module.js';
export {
  isOption,
  mkEnableOption,
  mkOption,
  type OptionDeclaration,
  type OptionSpec,
} from './options/mk-option.js';
export { orderPriorities, priorities } from './priorities.js';
export {
  isProperty,
  type ModuleProperty,
  mkAfter,
  mkBefore,
  mkDefault,
  mkForce,
  mkIf,
  mkImageMediaOverride,
  mkMerge,
  mkOptionDefault,
  mkOrder,
  mkOverride,
  mkVMOverride,
} from './properties/property.js';
export { formatSource, type SiteKind, type Source, sourceAt, UNKNOWN_FILE } from './source.js';
export { types } from './types/index.js';
export { mergeEqualOption, mergeOneOption, mergeUniqueOption } from './types/merge-strategies.js';
export {
  type DescriptionClass,
  descriptionPhrase,
  isOptionType,
  mkOptionType,
  type OptionType,
  type OptionTypeSpec,
  type TypedDefinition,
  type TypeOf,
} from './types/option-type.js';
export type { SubmoduleSpec } from './types/submodule.js';
export { getAttributePath } from './values/attribute-path.js';
export { deepForce } from './values/deep-force.js';
export { isEqual } from './values/equal.js';
export { force, literal, type Thunk } from './values/thunk.js';
