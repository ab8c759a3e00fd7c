import { InfiniteRecursionError, NoValueError, TypeMismatchError } from './errors/errors.js';
import { currentOptionStack } from './evaluation/recursion-guard.js';
import { priorities } from './priorities.js';
import {
  asPlainEntry,
  dischargeDefinition,
  dischargeInto,
} from './properties/discharge-properties.js';
import { type DischargedDefinition, filterOverrides } from './properties/filter-overrides.js';
import { isProperty } from './properties/property.js';
import { sortByOrder } from './properties/sort-by-order.js';
import type { Source } from './source.js';
import type { OptionType, TypedDefinition } from './types/option-type.js';
import { showDefinitions } from './values/show-definitions.js';
import { force } from './values/thunk.js';

export interface RawDefinition {
  readonly value: unknown;
  readonly source: Source;
}

/**
 * A definition as the evaluator indexes it. The pipeline reuses the object for its own stage
 * when the value is plain (no property to interpret), so a definition costs one object per
 * nesting level, not two.
 */
export class Definition implements RawDefinition, DischargedDefinition {
  priority: number = priorities.plain;
  order = 0;
  override: unknown = undefined;
  constructor(
    public value: unknown,
    readonly source: Source,
  ) {}
}

/** Marks a value that needs the merge pipeline (see `valueAsItStands`). */
export const MERGE: unique symbol = Symbol('merge');

/**
 * Whether a value (forced to its outer shape) is its own merge as the only definition: a
 * checked value, not a property, of a type that merges one definition as it stands.
 */
export function standsAsItIs(value: unknown, type: OptionType): boolean {
  return type.mergesSingleAsIs === true && !isProperty(value) && type.check(value);
}

/**
 * The value an option's pipeline would give, without building it, in the common cases: one
 * plain definition (which beats any default), or no definition and a default, that stands as
 * it is. `MERGE` for every other case.
 */
export function valueAsItStands(
  type: OptionType,
  definitions: readonly RawDefinition[],
  option: { readonly hasDefault: boolean; readonly default?: unknown },
): unknown {
  if (type.mergesSingleAsIs !== true) return MERGE;
  let value: unknown;
  if (definitions.length === 1) {
    const only = definitions[0]!;
    if (!(only instanceof Definition)) return MERGE;
    value = force(only.value);
    only.value = value;
  } else if (definitions.length === 0 && option.hasDefault) {
    value = force(option.default);
  } else return MERGE;
  return standsAsItIs(value, type) ? value : MERGE;
}

const NO_DECLARATIONS: readonly Source[] = [];
const ROOT: readonly string[] = [];

/**
 * The pipeline from written definitions to one value, each stage computed when first needed:
 * `discharged` (mkMerge, mkIf) -> `winners` (mkOverride) -> `ordered` (mkOrder) -> checked
 * -> merged by the type. The stages work in place on one array of definitions the pipeline
 * owns (one object per definition, however many stages).
 *
 * Most merges never need their option path (it is for messages and nested evaluations), so
 * the path of an attribute or list element is built from its parent's only when asked for.
 */
export class MergedDefinitions<T = unknown> {
  #ordered: DischargedDefinition[] | undefined;
  #highestPriority = 9999;
  #state: 'pending' | 'computing' | 'done' = 'pending';
  #value: T | undefined;
  #path: readonly string[] | undefined;
  #parentPath: readonly string[] = ROOT;
  #name: string | undefined;
  #definitionIndex = 0;
  #elementIndex = 0;
  /** The entry `ordered` made for the option's own default, if it survived. */
  #defaultEntry: DischargedDefinition | undefined;

  /**
   * `optionDefault` is an option's own default: it takes part as `mkOptionDefault default`,
   * before the written definitions, without being wrapped first.
   */
  constructor(
    path: readonly string[] | undefined,
    readonly type: OptionType<T>,
    private readonly definitions: readonly RawDefinition[],
    private readonly declarations: readonly Source[] = NO_DECLARATIONS,
    private readonly optionDefault: RawDefinition | undefined = undefined,
  ) {
    this.#path = path;
  }

  /** The merge of attribute `name` of the value at `parentPath` (`attrsOf` entries). */
  static attribute<T>(
    parentPath: readonly string[],
    name: string,
    type: OptionType<T>,
    definitions: readonly RawDefinition[],
  ): MergedDefinitions<T> {
    const merged = MergedDefinitions.#below(parentPath, type, definitions);
    merged.#name = name;
    return merged;
  }

  /** The merge of one list element: `"[definition N-entry M]"` below `parentPath` (1-based). */
  static element<T>(
    parentPath: readonly string[],
    definitionIndex: number,
    elementIndex: number,
    type: OptionType<T>,
    definitions: readonly RawDefinition[],
  ): MergedDefinitions<T> {
    const merged = MergedDefinitions.#below(parentPath, type, definitions);
    merged.#definitionIndex = definitionIndex;
    merged.#elementIndex = elementIndex;
    return merged;
  }

  /** A merge whose path is `parentPath` and a name given by the caller, built when asked for. */
  static #below<T>(
    parentPath: readonly string[],
    type: OptionType<T>,
    definitions: readonly RawDefinition[],
  ): MergedDefinitions<T> {
    const merged = new MergedDefinitions(undefined, type, definitions);
    merged.#parentPath = parentPath;
    return merged;
  }

  get path(): readonly string[] {
    if (this.#path === undefined) {
      const name =
        this.#name ?? `[definition ${this.#definitionIndex}-entry ${this.#elementIndex}]`;
      this.#path = [...this.#parentPath, name];
    }
    return this.#path;
  }

  /** The definitions that survive conditions and priorities, in merge order. */
  get ordered(): DischargedDefinition[] {
    this.#ordered ??= this.#singlePlainDefinition() ?? this.#discharge();
    return this.#ordered;
  }

  /**
   * The common case, one written definition with a plain value: it wins over any default and
   * needs no sorting. (Arrays built by `push` reserve room for 17 elements; this one has 1.)
   */
  #singlePlainDefinition(): DischargedDefinition[] | undefined {
    const definitions = this.definitions;
    if (definitions.length !== 1) return undefined;
    const only = definitions[0]!;
    if (!(only instanceof Definition)) return undefined;
    const value = force(only.value);
    if (isProperty(value)) return undefined;
    this.#highestPriority = priorities.plain;
    return [asPlainEntry(only, value)];
  }

  #discharge(): DischargedDefinition[] {
    const optionDefault = this.optionDefault;
    let discharged: DischargedDefinition[];
    if (optionDefault === undefined) discharged = [];
    else {
      const entry =
        optionDefault instanceof Definition
          ? optionDefault
          : new Definition(optionDefault.value, optionDefault.source);
      entry.priority = priorities.optionDefault;
      this.#defaultEntry = entry;
      discharged = [entry];
    }
    const definitions = this.definitions;
    for (let index = 0; index < definitions.length; index += 1) {
      const definition = definitions[index]!;
      if (definition instanceof Definition) dischargeDefinition(definition, this, discharged);
      else dischargeInto(definition.value, this, definition.source, discharged);
    }
    this.#highestPriority = filterOverrides(discharged);
    // The survivors live as long as the evaluation: a few are copied to an array of their
    // size (a pushed array has room for 17).
    return sortByOrder(discharged.length <= 4 ? discharged.slice() : discharged);
  }

  /** Whether `definition` (from `ordered`) is the option's own default. */
  isOptionDefault(definition: DischargedDefinition): boolean {
    return definition === this.#defaultEntry;
  }

  get highestPriority(): number {
    void this.ordered;
    return this.#highestPriority;
  }

  get isDefined(): boolean {
    return this.ordered.length > 0;
  }

  /** The merged value; throws a typed error for a type mismatch or when nothing is defined. */
  get value(): T {
    if (this.#state !== 'done') {
      if (this.#state === 'computing') throw new InfiniteRecursionError(currentOptionStack());
      this.#state = 'computing';
      try {
        this.#value = this.#compute();
        this.#state = 'done';
      } finally {
        if (this.#state === 'computing') this.#state = 'pending';
      }
    }
    return this.#value as T;
  }

  #compute(): T {
    const ordered = this.ordered;
    if (ordered.length === 0) throw new NoValueError(this.path, this.declarations);
    const type = this.type;
    // One definition of a type that merges one definition as it stands: no merge, no path.
    if (ordered.length === 1 && type.mergesSingleAsIs === true) {
      const value = force(ordered[0]!.value);
      if (type.check(value)) return value as T;
    }
    const checked = forcedDefinitions(ordered);
    let valid = true;
    for (let index = 0; index < checked.length; index += 1)
      valid &&= type.check(checked[index]!.value);
    if (!valid) {
      const invalid = checked.filter((definition) => !type.check(definition.value));
      throw new TypeMismatchError(this.path, type.description, showDefinitions(invalid));
    }
    return type.merge(this.path, checked);
  }
}

/** The definitions with their values forced; the same array when all already are. */
function forcedDefinitions(ordered: readonly DischargedDefinition[]): readonly TypedDefinition[] {
  let copied: TypedDefinition[] | undefined;
  for (let index = 0; index < ordered.length; index += 1) {
    const definition = ordered[index]!;
    const value = force(definition.value);
    if (copied === undefined && value !== definition.value) {
      copied = ordered
        .slice(0, index)
        .map((earlier) => ({ value: earlier.value, source: earlier.source }));
    }
    copied?.push({ value, source: definition.source });
  }
  return copied ?? ordered;
}

export function mergeDefinitions<T>(
  path: readonly string[],
  type: OptionType<T>,
  definitions: readonly RawDefinition[],
): MergedDefinitions<T> {
  return new MergedDefinitions(path, type, definitions);
}
