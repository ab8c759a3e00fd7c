import type { Definable } from '../infer.js';
import type { Source } from '../source.js';
import type { OptionType } from '../types/option-type.js';
import { bool } from '../types/scalars.js';
import { hasBrand } from '../values/brand.js';

const OPTION_BRAND = Symbol.for('cdknix.modules.OptionDeclaration');

/** An option declaration (`lib.mkOption`); `Value` is the type `config` gets for it. */
export interface OptionDeclaration<Value = unknown> {
  readonly [OPTION_BRAND]: true;
  readonly type?: OptionType<any> | undefined;
  readonly hasDefault: boolean;
  readonly default?: unknown;
  readonly description?: string | undefined;
  readonly example?: unknown;
  readonly readOnly: boolean;
  readonly internal: boolean;
  /**
   * Whether `readOnly` and `internal` were given, not left to their default. When several
   * modules declare one option, the last module that gives one decides it (as the reference's
   * `//` of declarations). Absent: given when true.
   */
  readonly givesReadOnly?: boolean;
  readonly givesInternal?: boolean;
  readonly apply?: ((value: any) => unknown) | undefined;
  /** Where it was declared when known more precisely than its module. */
  readonly source?: Source | undefined;
  /** Phantom: never set at run time. */
  readonly __value?: Value;
}

export interface OptionSpec<T, Result> {
  type?: OptionType<T>;
  /**
   * Any definition of the type, as in Nix (`mkOptionDefault default`): a thunk reading the
   * final `config`, and for attribute sets and submodules a partial value (`default: {}` for a
   * submodule whose options have their own defaults).
   */
  default?: NoInfer<Definable<T>>;
  description?: string;
  example?: unknown;
  readOnly?: boolean;
  internal?: boolean;
  /** Transforms the merged value (also a used default); others reading the option see the result. */
  apply?: (value: T) => Result;
}

/**
 * What `mkOption` returns. A class, so that every declaration has one shape and the brand sits
 * on the prototype (see `hasBrand`).
 */
class Option {
  readonly type: OptionType<any> | undefined;
  readonly hasDefault: boolean;
  readonly default: unknown;
  readonly description: string | undefined;
  readonly example: unknown;
  readonly readOnly: boolean;
  readonly internal: boolean;
  readonly givesReadOnly: boolean;
  readonly givesInternal: boolean;
  readonly apply: ((value: any) => unknown) | undefined;
  constructor(spec: OptionSpec<any, any>) {
    this.type = spec.type;
    this.hasDefault = Object.hasOwn(spec, 'default');
    this.default = spec.default;
    this.description = spec.description;
    this.example = spec.example;
    this.readOnly = spec.readOnly ?? false;
    this.internal = spec.internal ?? false;
    this.givesReadOnly = spec.readOnly !== undefined;
    this.givesInternal = spec.internal !== undefined;
    this.apply = spec.apply;
  }
}
Object.defineProperty(Option.prototype, OPTION_BRAND, { value: true });

/**
 * An option of a type whose default is a thunk: its `config` value is the type's (or what
 * `apply` returns). Listed first: a thunk returning a literal (`() => 'zsh'` for an enum) is
 * typed against this signature before any other.
 */
export function mkOption<T, Result = T>(
  spec: Omit<OptionSpec<T, Result>, 'default'> & { type: OptionType<T>; default: () => T },
): OptionDeclaration<Result>;
/** An option of a type: its `config` value is the type's (or what `apply` returns). */
export function mkOption<T, Result = T>(
  spec: OptionSpec<T, Result> & { type: OptionType<T> },
): OptionDeclaration<Result>;
/** An option without a type: its `config` value has the type of its default. */
export function mkOption<T = unknown, Result = T>(
  spec?: Omit<OptionSpec<T, Result>, 'type' | 'default'> & {
    type?: undefined;
    default?: T | (() => T);
  },
): OptionDeclaration<Result>;
/** A specification built elsewhere, whose type may or may not be set. */
export function mkOption<T, Result = T>(spec: OptionSpec<T, Result>): OptionDeclaration<Result>;
export function mkOption(spec: OptionSpec<unknown, unknown> = {}): OptionDeclaration {
  return new Option(spec) as unknown as OptionDeclaration;
}

/** `lib.mkEnableOption`: a boolean option defaulting to false, described "Whether to enable X." */
export function mkEnableOption(name: string): OptionDeclaration<boolean> {
  return mkOption({
    type: bool,
    default: false,
    example: true,
    description: `Whether to enable ${name}.`,
  });
}

export function isOption(value: unknown): value is OptionDeclaration {
  return hasBrand(value, OPTION_BRAND);
}
