import { NoValueError, TypeMismatchError } from './errors/errors.js';
import { dischargeProperties } from './properties/discharge-properties.js';
import { type DischargedDefinition, filterOverrides } from './properties/filter-overrides.js';
import { sortByOrder } from './properties/sort-by-order.js';
import type { Source } from './source.js';
import type { OptionType } from './types/option-type.js';
import { showDefinitions } from './values/show-definitions.js';
import { force } from './values/thunk.js';

export interface RawDefinition {
  readonly value: unknown;
  readonly source: Source;
}

/**
 * The pipeline from written definitions to one value, each stage computed when first needed:
 * `discharged` (mkMerge, mkIf) -> `winners` (mkOverride) -> `ordered` (mkOrder) -> checked
 * -> merged by the type.
 */
export class MergedDefinitions<T = unknown> {
  #ordered: DischargedDefinition[] | undefined;
  #highestPriority = 9999;
  #merged: { value: T } | undefined;

  constructor(
    readonly path: readonly string[],
    readonly type: OptionType<T>,
    private readonly definitions: readonly RawDefinition[],
    private readonly declarations: readonly Source[] = [],
  ) {}

  /** The definitions that survive conditions and priorities, in merge order. */
  get ordered(): DischargedDefinition[] {
    if (this.#ordered === undefined) {
      const discharged: RawDefinition[] = [];
      for (const definition of this.definitions) {
        for (const value of dischargeProperties(definition.value, this.path, definition.source)) {
          discharged.push({ value, source: definition.source });
        }
      }
      const { winners, highestPriority } = filterOverrides(discharged);
      this.#highestPriority = highestPriority;
      this.#ordered = sortByOrder(winners);
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
    const checked = ordered.map((definition) => ({
      value: force(definition.value),
      source: definition.source,
    }));
    const invalid = checked.filter((definition) => !this.type.check(definition.value));
    if (invalid.length > 0)
      throw new TypeMismatchError(this.path, this.type.description, showDefinitions(invalid));
    return this.type.merge(this.path, checked);
  }
}

export function mergeDefinitions<T>(
  path: readonly string[],
  type: OptionType<T>,
  definitions: readonly RawDefinition[],
): MergedDefinitions<T> {
  return new MergedDefinitions(path, type, definitions);
}
