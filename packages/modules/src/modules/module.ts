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

const MODULE_SOURCE = Symbol.for('cdknix.modules.moduleSource');

/** Attaches a source (file:line) to a module value without changing its shape. */
export function withModuleSource<M extends object>(module: M, source: Source): M {
  Object.defineProperty(module, MODULE_SOURCE, { value: source, enumerable: false });
  return module;
}

export function moduleSourceOf(module: unknown): Source | undefined {
  return typeof module === 'object' || typeof module === 'function'
    ? ((module as Record<symbol, Source | undefined> | null)?.[MODULE_SOURCE] ?? undefined)
    : undefined;
}
