import { captureCallerSource } from '../source.js';
import type { ModuleFunction, ModuleObject } from './module.js';
import { withModuleSource } from './module.js';

/**
 * Returns the module unchanged, remembering the caller's file:line as its source so that
 * errors about its definitions point there. Used as a submodule definition, it is a full
 * module (not shorthand config).
 */
export function defineModule<M extends ModuleObject | ModuleFunction>(module: M): M {
  const source = captureCallerSource(defineModule);
  return source === undefined ? module : withModuleSource(module, source);
}
