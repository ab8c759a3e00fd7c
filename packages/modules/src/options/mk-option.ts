import type { Source } from '../source.js';
import type { OptionType } from '../types/option-type.js';
import { bool } from '../types/scalars.js';

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
  readonly apply?: ((value: any) => unknown) | undefined;
  /** Where it was declared when known more precisely than its module. */
  readonly source?: Source | undefined;
  /** Phantom: never set at run time. */
  readonly __value?: Value;
}

export interface OptionSpec<T, Result> {
  type?: OptionType<T>;
  /** May be a thunk reading the final `config`. */
  default?: T | (() => T);
  description?: string;
  example?: unknown;
  readOnly?: boolean;
  internal?: boolean;
  /** Transforms the merged value (also a used default); others reading the option see the result. */
  apply?: (value: T) => Result;
}

export function mkOption<T = unknown, Result = T>(
  spec: OptionSpec<T, Result> = {},
): OptionDeclaration<Result> {
  return {
    [OPTION_BRAND]: true,
    type: spec.type,
    hasDefault: Object.hasOwn(spec, 'default'),
    default: spec.default,
    description: spec.description,
    example: spec.example,
    readOnly: spec.readOnly ?? false,
    internal: spec.internal ?? false,
    apply: spec.apply as ((value: any) => unknown) | undefined,
  };
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
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[OPTION_BRAND] === true
  );
}
