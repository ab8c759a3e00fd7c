import { NoValueError, TypeMismatchError } from './errors/errors.js';
import { priorities } from './priorities.js';
import { dischargeInto } from './properties/discharge-properties.js';
import { type DischargedDefinition, filterOverrides } from './properties/filter-overrides.js';
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
 * The pipeline from written definitions to one value, each stage computed when first needed:
 * `discharged` (mkMerge, mkIf) -> `winners` (mkOverride) -> `ordered` (mkOrder) -> checked
 * -> merged by the type. The stages work in place on one array of definitions the pipeline
 * owns (one object per definition, however many stages).
 */
export class MergedDefinitions<T = unknown> {
  #ordered: DischargedDefinition[] | undefined;
  #highestPriority = 9999;
  #merged: { value: T } | undefined;

  /**
   * `optionDefault` is an option's own default: it takes part as `mkOptionDefault default`,
   * before the written definitions, without being wrapped first.
   */
  constructor(
    readonly path: readonly string[],
    readonly type: OptionType<T>,
    private readonly definitions: readonly RawDefinition[],
    private readonly declarations: readonly Source[] = [],
    private readonly optionDefault: RawDefinition | undefined = undefined,
  ) {}

  /** The definitions that survive conditions and priorities, in merge order. */
  get ordered(): DischargedDefinition[] {
    if (this.#ordered === undefined) {
      const discharged: DischargedDefinition[] = [];
      const optionDefault = this.optionDefault;
      if (optionDefault !== undefined) {
        discharged.push({
          value: optionDefault.value,
          source: optionDefault.source,
          priority: priorities.optionDefault,
          order: 0,
          override: undefined,
        });
      }
      for (const definition of this.definitions)
        dischargeInto(definition.value, this.path, definition.source, discharged);
      this.#highestPriority = filterOverrides(discharged);
      this.#ordered = sortByOrder(discharged);
    }
    return this.#ordered;
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
    if (this.#merged === undefined) this.#merged = { value: this.#compute() };
    return this.#merged.value;
  }

  #compute(): T {
    const ordered = this.ordered;
    if (ordered.length === 0) throw new NoValueError(this.path, this.declarations);
    const checked = forcedDefinitions(ordered);
    let valid = true;
    for (const definition of checked) valid &&= this.type.check(definition.value);
    if (!valid) {
      const invalid = checked.filter((definition) => !this.type.check(definition.value));
      throw new TypeMismatchError(this.path, this.type.description, showDefinitions(invalid));
    }
    return this.type.merge(this.path, checked);
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
