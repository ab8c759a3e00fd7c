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
  let hasDefault = false;
  let defaultValue: unknown;
  let description: string | undefined;
  let example: unknown;
  let apply: ((value: unknown) => unknown) | undefined;
  let readOnly = false;
  let internal = false;
  const sources: Source[] = [];
  for (const { option, source } of declarations) {
    if (option.hasDefault) {
      if (hasDefault) throw alreadyDeclared(path, source, sources);
      hasDefault = true;
      defaultValue = option.default;
    }
    if (option.type !== undefined) {
      const merged: OptionType | undefined =
        type === undefined ? option.type : type.typeMerge(option.type);
      if (merged === undefined) throw alreadyDeclared(path, source, sources);
      type = merged;
    }
    description ??= option.description;
    example ??= option.example;
    apply ??= option.apply;
    readOnly ||= option.readOnly;
    internal ||= option.internal;
    sources.push(option.source ?? source);
  }
  const merged: MergedOption = {
    type: type ?? unspecified,
    hasDefault,
    description,
    example,
    readOnly,
    internal,
    apply,
    declarations: sources,
  };
  // `default` is present only when declared: `'default' in option` tells "no default" apart.
  return hasDefault ? { ...merged, default: defaultValue } : merged;
}

function alreadyDeclared(
  path: readonly string[],
  source: Source,
  previous: readonly Source[],
): DeclarationError {
  return new DeclarationError(path, {
    kind: 'already-declared',
    declaration: source,
    previous: [...previous],
  });
}
