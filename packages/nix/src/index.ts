export * from './errors/emit-errors.js';
export { NixEmitError, type ProblemLocation } from './errors/nix-emit-error.js';
export { type FlakeFileOptions, flakeFile } from './files/flake-file.js';
export { type ModuleFileOptions, moduleFile } from './files/module-file.js';
export { type NixFileOptions, nixFile } from './files/nix-file.js';
export { type ToNixOptions, toNix } from './to-nix.js';
export { apply, NixApplication } from './values/application.js';
export { NixCommented, withComment } from './values/comment.js';
export { nixValuesEqual } from './values/equality.js';
export { float, NixFloat } from './values/float.js';
export {
  type InterpolationPart,
  NixInterpolatedString,
  nix,
} from './values/interpolated-string.js';
export { type LambdaParameters, lambda, NixLambda } from './values/lambda.js';
export { letIn, NixLet } from './values/let-in.js';
export { isNixNode, type NixNode } from './values/nix-node.js';
export type { NixAttributes, NixList, NixValue } from './values/nix-value.js';
export { NixPath, path } from './values/path.js';
export { NixRaw, type RawNixOptions, rawNix } from './values/raw-nix.js';
export { NixReference, ref, select } from './values/reference.js';
export { config, lib, pkgs, type ReferenceProxy, scope } from './values/scope.js';
export { ConditionWrapper, mkIf, type NixCondition } from './values/wrappers/condition.js';
export { MergeWrapper, mkMerge } from './values/wrappers/merge.js';
export { ModuleWrapper } from './values/wrappers/module-wrapper.js';
export type { NixWrapper } from './values/wrappers/nix-wrapper.js';
export { mkAfter, mkBefore, mkOrder, OrderWrapper } from './values/wrappers/order.js';
export { mkDefault, mkForce, mkOverride, OverrideWrapper } from './values/wrappers/override.js';
export { orderPriority, overridePriority } from './values/wrappers/priorities.js';
export { PrioritizedWrapper } from './values/wrappers/prioritized-wrapper.js';
