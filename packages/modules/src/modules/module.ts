import type { Source } from '../source.js';
import type { OptionType } from '../types/option-type.js';

/** The arguments a module function receives: `{ config, options, name, ...specialArgs }`. */
export interface ModuleArguments<Config = any> {
  readonly config: Config;
  readonly options: Record<string, any>;
  readonly name?: string;
  readonly [specialArgument: string]: unknown;
}

/** A module in full form (`options`/`config`) or shorthand (everything else is `config`). */
export interface ModuleObject {
  readonly options?: Record<string, unknown>;
  readonly config?: unknown;
  readonly imports?: readonly ModuleInput[];
  /** Keys (strings), `{ key }` objects or the very module values to leave out. */
  readonly disabledModules?: readonly unknown[];
  readonly key?: string;
  readonly file?: string;
  readonly _file?: string;
  readonly freeformType?: OptionType<any>;
  readonly class?: string;
  readonly _class?: string;
  readonly [name: string]: unknown;
}

export type ModuleFunction = (args: ModuleArguments) => ModuleObject;

/** What may stand where a module is expected (a thunk is forced first). */
export type ModuleInput = ModuleObject | ModuleFunction | (() => ModuleInput);

/** Keys that are structure, never `config`, in a shorthand module. */
export const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'imports',
  'disabledModules',
  'key',
  'file',
  '_file',
  'freeformType',
  'class',
  '_class',
  'meta',
  'options',
  'config',
]);

/**
 * The sources attached to module values, shared by every copy of this package in a process.
 * A table rather than a property: modules are plain objects of many shapes, and a property
 * lookup on them is slow (see `hasBrand`).
 */
const MODULE_SOURCES_KEY = Symbol.for('cdknix.modules.moduleSources');
const shared = globalThis as { [MODULE_SOURCES_KEY]?: WeakMap<object, Source> };
shared[MODULE_SOURCES_KEY] ??= new WeakMap<object, Source>();
const MODULE_SOURCES = shared[MODULE_SOURCES_KEY];

/** Attaches a source (file:line) to a module value without changing it. */
export function withModuleSource<M extends object>(module: M, source: Source): M {
  MODULE_SOURCES.set(module, source);
  return module;
}

export function moduleSourceOf(module: unknown): Source | undefined {
  return (typeof module === 'object' && module !== null) || typeof module === 'function'
    ? MODULE_SOURCES.get(module as object)
    : undefined;
}
