import { DeclarationError } from '../errors/errors.js';
import type { Source } from '../source.js';
import { unspecified } from '../types/anything.js';
import type { OptionType } from '../types/option-type.js';
import type { OptionDeclaration } from './mk-option.js';

/** The declarations of one option combined: what the evaluator and documentation use. */
export interface MergedOption {
  readonly type: OptionType;
  readonly hasDefault: boolean;
  readonly default?: unknown;
  readonly description?: string | undefined;
  readonly example?: unknown;
  readonly readOnly: boolean;
  readonly internal: boolean;
  readonly apply?: ((value: unknown) => unknown) | undefined;
  readonly declarations: readonly Source[];
}

/**
 * Several modules may declare one option: types must agree (`typeMerge`), and at most one
 * declaration may give a default.
 */
export function mergeDeclarations(
  path: readonly string[],
  declarations: readonly { option: OptionDeclaration; source: Source }[],
): MergedOption {
  let type: OptionType | undefined;
  let defaultDeclaration: { value: unknown } | undefined;
  let description: string | undefined;
  let example: unknown;
  let apply: ((value: unknown) => unknown) | undefined;
  let readOnly = false;
  let internal = false;
  const sources: Source[] = [];
  for (const { option, source } of declarations) {
    const alreadyDeclared = () =>
      new DeclarationError(path, {
        kind: 'already-declared',
        declaration: source,
        previous: [...sources],
      });
    if (option.hasDefault) {
      if (defaultDeclaration !== undefined) throw alreadyDeclared();
      defaultDeclaration = { value: option.default };
    }
    if (option.type !== undefined) {
      const merged: OptionType | undefined =
        type === undefined ? option.type : type.typeMerge(option.type);
      if (merged === undefined) throw alreadyDeclared();
      type = merged;
    }
    description ??= option.description;
    example ??= option.example;
    apply ??= option.apply;
    readOnly ||= option.readOnly;
    internal ||= option.internal;
    sources.push(option.source ?? source);
  }
  return {
    type: type ?? unspecified,
    hasDefault: defaultDeclaration !== undefined,
    ...(defaultDeclaration === undefined ? {} : { default: defaultDeclaration.value }),
    description,
    example,
    readOnly,
    internal,
    apply,
    declarations: sources,
  };
}
