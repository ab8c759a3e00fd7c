import { DeclarationError } from '../errors/errors.js';
import { locatedModules } from '../modules/located-module.js';
import { type Source, sourceAt } from '../source.js';
import { unspecified } from '../types/anything.js';
import type { OptionType } from '../types/option-type.js';
import type { AtPath } from '../values/attribute-path.js';
import { force } from '../values/thunk.js';
import { isOption, type OptionDeclaration } from './mk-option.js';

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
 * declaration may give a default, an example, a description or `apply`. One declaration, the
 * common case, is read through as it stands.
 *
 * The modules of a submodule type are located at the declaration that gives them (see
 * `LocatedModule`): an option declared inline in them is "declared by" the module, and the line,
 * that declares the submodule option. Option groups declared below a submodule option (its
 * nested options) are among `declarations`: each becomes one more module of the type.
 */
export function mergeDeclarations(at: AtPath, declarations: readonly Declared[]): MergedOption {
  if (declarations.length === 1) {
    const { value, source } = declarations[0]!;
    return new DeclaredOnce(at, force(value) as OptionDeclaration, source);
  }
  return combine(at.path, declarations);
}

/**
 * Where the modules of a type declared at `source` are written: the declaration's line when the
 * module can tell it. The result has no `locate`: paths inside a submodule instance are not
 * paths of the declaring module.
 */
function declarationSite(path: readonly string[], source: Source): () => Source {
  return () => {
    const { locate: _locate, ...site } = sourceAt(source, path, 'declaration');
    return site;
  };
}

/** `type` over `modules`, when it evaluates modules (submodules, and types wrapping them). */
function overModules(type: OptionType, modules: readonly unknown[]): OptionType {
  return type.substSubModules === undefined ? type : type.substSubModules(modules);
}

/**
 * An option declared once, merged: its declaration read through, without copying its fields
 * (every option of every submodule instance has one, for as long as the evaluation lives).
 */
class DeclaredOnce implements MergedOption {
  #declarations: readonly Source[] | undefined;
  #type: OptionType | undefined;
  /** `at` gives the option's path, read only for a type that evaluates modules. */
  constructor(
    private readonly at: AtPath,
    private readonly option: OptionDeclaration,
    private readonly source: Source,
  ) {}
  get type(): OptionType {
    this.#type ??= this.#locatedType();
    return this.#type;
  }
  #locatedType(): OptionType {
    const type = this.option.type ?? unspecified;
    if (type.getSubModules === undefined) return type;
    const site = declarationSite(this.at.path, this.declarations[0]!);
    return overModules(type, locatedModules(type.getSubModules(), site));
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
  // Given by the last module that gives them: the first here (declarations are in merge order).
  let readOnly: boolean | undefined;
  let internal: boolean | undefined;
  const sources: Source[] = [];
  // The modules of every declaration's type, the last declaration's first (as the reference).
  let modules: unknown[] = [];
  const addModules = (own: readonly unknown[], source: Source) => {
    modules = [...locatedModules(own, declarationSite(path, source)), ...modules];
  };
  for (const declaration of declarations) {
    const value = force(declaration.value);
    if (!isOption(value)) {
      // Options declared below a submodule option: one more module of its type.
      addModules([{ options: value }], declaration.source);
      sources.push(declaration.source);
      continue;
    }
    const option = value as OptionDeclaration;
    const source = option.source ?? declaration.source;
    const conflicts =
      (option.hasDefault && hasDefault) ||
      (option.description !== undefined && description !== undefined) ||
      (option.example !== undefined && example !== undefined) ||
      (option.apply !== undefined && apply !== undefined);
    if (conflicts) throw alreadyDeclared(path, declaration.source, sources);
    if (option.hasDefault) {
      hasDefault = true;
      defaultValue = option.default;
    }
    if (option.type !== undefined) {
      const mergedType: OptionType | undefined =
        type === undefined ? option.type : type.typeMerge(option.type);
      if (mergedType === undefined) throw alreadyDeclared(path, declaration.source, sources);
      type = mergedType;
      const own = option.type.getSubModules?.();
      if (own !== undefined) addModules(own, source);
    }
    description ??= option.description;
    example ??= option.example;
    apply ??= option.apply;
    if (readOnly === undefined && (option.givesReadOnly ?? option.readOnly))
      readOnly = option.readOnly;
    if (internal === undefined && (option.givesInternal ?? option.internal))
      internal = option.internal;
    sources.push(source);
  }
  const fields = {
    hasDefault,
    default: defaultValue,
    description,
    example,
    readOnly: readOnly ?? false,
    internal: internal ?? false,
    apply,
  };
  return merged(type === undefined ? unspecified : overModules(type, modules), fields, sources);
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
