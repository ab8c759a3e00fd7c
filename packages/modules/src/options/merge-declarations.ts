import { DeclarationError } from '../errors/errors.js';
import type { Source } from '../source.js';
import { unspecified } from '../types/anything.js';
import type { OptionType } from '../types/option-type.js';
import { force } from '../values/thunk.js';
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
 * One declaration as the evaluator indexes it: an option (`mkOption` value) or a tree of
 * them, possibly a thunk, and the module that declared it.
 */
export interface Declared {
  readonly value: unknown;
  readonly source: Source;
}

/**
 * Several modules may declare one option: types must agree (`typeMerge`), and at most one
 * declaration may give a default. One declaration, the common case, is taken as it stands.
 */
export function mergeDeclarations(
  path: readonly string[],
  declarations: readonly Declared[],
): MergedOption {
  if (declarations.length === 1) {
    const { value, source } = declarations[0]!;
    const option = force(value) as OptionDeclaration;
    return merged(option.type ?? unspecified, option, [option.source ?? source]);
  }
  return combine(path, declarations);
}

/**
 * A merged option; every one has the same fields (`default` is undefined without a default),
 * so that V8 gives them one shape.
 */
function merged(
  type: OptionType,
  from: Omit<MergedOption, 'type' | 'declarations'>,
  declarations: readonly Source[],
): MergedOption {
  return {
    type,
    hasDefault: from.hasDefault,
    default: from.hasDefault ? from.default : undefined,
    description: from.description,
    example: from.example,
    readOnly: from.readOnly,
    internal: from.internal,
    apply: from.apply,
    declarations,
  };
}

function combine(path: readonly string[], declarations: readonly Declared[]): MergedOption {
  let type: OptionType | undefined;
  let hasDefault = false;
  let defaultValue: unknown;
  let description: string | undefined;
  let example: unknown;
  let apply: ((value: unknown) => unknown) | undefined;
  let readOnly = false;
  let internal = false;
  const sources: Source[] = [];
  for (const declaration of declarations) {
    const option = force(declaration.value) as OptionDeclaration;
    const source = declaration.source;
    if (option.hasDefault) {
      if (hasDefault) throw alreadyDeclared(path, source, sources);
      hasDefault = true;
      defaultValue = option.default;
    }
    if (option.type !== undefined) {
      const mergedType: OptionType | undefined =
        type === undefined ? option.type : type.typeMerge(option.type);
      if (mergedType === undefined) throw alreadyDeclared(path, source, sources);
      type = mergedType;
    }
    description ??= option.description;
    example ??= option.example;
    apply ??= option.apply;
    readOnly ||= option.readOnly;
    internal ||= option.internal;
    sources.push(option.source ?? source);
  }
  const fields = {
    hasDefault,
    default: defaultValue,
    description,
    example,
    readOnly,
    internal,
    apply,
  };
  return merged(type ?? unspecified, fields, sources);
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
