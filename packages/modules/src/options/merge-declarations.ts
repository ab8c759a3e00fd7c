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

function sameSource(left: Source, right: Source): boolean {
  return (
    left === right ||
    (left.file === right.file &&
      left.line === right.line &&
      left.column === right.column &&
      left.package === right.package)
  );
}

/**
 * Merged declarations of options declared exactly once, by declaration: a declaration object
 * shared by many evaluations (a submodule's options, a fleet's option sets) is merged once.
 */
const singleDeclarations = new WeakMap<OptionDeclaration, MergedOption>();

/**
 * Several modules may declare one option: types must agree (`typeMerge`), and at most one
 * declaration may give a default.
 */
export function mergeDeclarations(
  path: readonly string[],
  declarations: readonly Declared[],
): MergedOption {
  if (declarations.length === 1) {
    const { value, source } = declarations[0]!;
    const option = force(value) as OptionDeclaration;
    const known = singleDeclarations.get(option);
    if (known !== undefined && sameSource(known.declarations[0]!, option.source ?? source))
      return known;
    const merged = combine(path, declarations);
    singleDeclarations.set(option, merged);
    return merged;
  }
  return combine(path, declarations);
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
  const common = {
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
  return hasDefault ? { ...common, default: defaultValue } : common;
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
