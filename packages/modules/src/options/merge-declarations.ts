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
    return new DeclaredOnce(force(value) as OptionDeclaration, source);
  }
  return combine(path, declarations);
}

/**
 * An option declared once, merged: its declaration read through, without copying its fields
 * (every option of every submodule instance has one, for as long as the evaluation lives).
 */
class DeclaredOnce implements MergedOption {
  #declarations: readonly Source[] | undefined;
  constructor(
    private readonly option: OptionDeclaration,
    private readonly source: Source,
  ) {}
  get type(): OptionType {
    return this.option.type ?? unspecified;
  }
  get hasDefault(): boolean {
    return this.option.hasDefault;
  }
  get default(): unknown {
    return this.option.hasDefault ? this.option.default : undefined;
  }
  get description(): string | undefined {
    return this.option.description;
  }
  get example(): unknown {
    return this.option.example;
  }
  get readOnly(): boolean {
    return this.option.readOnly;
  }
  get internal(): boolean {
    return this.option.internal;
  }
  get apply(): ((value: unknown) => unknown) | undefined {
    return this.option.apply;
  }
  get declarations(): readonly Source[] {
    this.#declarations ??= [this.option.source ?? this.source];
    return this.#declarations;
  }
}

/** `option` with another type (options declared below a submodule option extend its type). */
export function withType(option: MergedOption, type: OptionType): MergedOption {
  return merged(type, option, option.declarations);
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
