import { ReadOnlyError } from '../errors/errors.js';
import { Definition, MergedDefinitions, type RawDefinition } from '../merge-definitions.js';
import {
  type Declared,
  type MergedOption,
  mergeDeclarations,
} from '../options/merge-declarations.js';
import { isProperty, mkOptionDefault } from '../properties/property.js';
import { showDefinitions } from '../values/show-definitions.js';
import { force } from '../values/thunk.js';
import { cycleError, popOption, pushOption } from './recursion-guard.js';

/** Marks an option whose value needs the merge pipeline. */
const MERGE: unique symbol = Symbol('merge');

/**
 * One declared option of an evaluation: its merged declaration and its definitions, with the
 * value computed on first read and memoised. Re-entering the computation is a cycle.
 */
export class OptionNode {
  readonly isOption = true;
  #option: MergedOption | undefined;
  #merged: MergedDefinitions | undefined;
  #state: 'idle' | 'computing' | 'done' = 'idle';
  #value: unknown;

  /** What `option` is merged from; let go once it is. */
  #declarations: readonly Declared[] | undefined;
  #refine: ((merged: MergedOption) => MergedOption) | undefined;

  /** `refine` adjusts the merged declaration (options declared below a submodule option). */
  constructor(
    readonly path: readonly string[],
    declarations: readonly Declared[],
    readonly definitions: readonly RawDefinition[],
    refine?: (merged: MergedOption) => MergedOption,
  ) {
    this.#declarations = declarations;
    this.#refine = refine;
  }

  get option(): MergedOption {
    if (this.#option === undefined) {
      const merged = mergeDeclarations(this.path, this.#declarations!);
      this.#option = this.#refine === undefined ? merged : this.#refine(merged);
      this.#declarations = undefined;
      this.#refine = undefined;
    }
    return this.#option;
  }

  /** The written definitions, preceded by the default (as `mkOptionDefault`) when there is one. */
  get allDefinitions(): readonly RawDefinition[] {
    const option = this.option;
    if (!option.hasDefault) return this.definitions;
    const source = option.declarations[0]!;
    return [{ value: mkOptionDefault(option.default), source }, ...this.definitions];
  }

  get merged(): MergedDefinitions {
    if (this.#merged === undefined) {
      const option = this.option;
      this.#merged = new MergedDefinitions(
        this.path,
        option.type,
        this.definitions,
        option.declarations,
        option.hasDefault ? new Definition(option.default, option.declarations[0]!) : undefined,
      );
    }
    return this.#merged;
  }

  get value(): unknown {
    if (this.#state === 'done') return this.#value;
    if (this.#state === 'computing') throw cycleError(this.path);
    this.#state = 'computing';
    pushOption(this.path);
    try {
      this.#value = this.#compute();
      this.#state = 'done';
    } catch (error) {
      this.#state = 'idle';
      throw error;
    } finally {
      popOption();
    }
    return this.#value;
  }

  #compute(): unknown {
    const option = this.option;
    // Read-only counts every definition, the default included, before conditions and priorities.
    if (option.readOnly && this.definitions.length + (option.hasDefault ? 1 : 0) > 1) {
      // Like the reference, each definition is shown as if it were the only one.
      const shown = showDefinitions(
        this.allDefinitions,
        (value) =>
          new MergedDefinitions(this.path, option.type, [{ value, source: { file: '' } }]).value,
      );
      throw new ReadOnlyError(this.path, shown);
    }
    const asItStands = this.#valueAsItStands(option);
    const merged = asItStands === MERGE ? this.merged.value : asItStands;
    return option.apply === undefined ? merged : option.apply(merged);
  }

  /**
   * Most options have one plain definition (which beats the default) or only their default, of
   * a type that merges one definition as it stands: their value is that value, checked, and
   * needs no merge pipeline. `MERGE` for every other case.
   */
  #valueAsItStands(option: MergedOption): unknown {
    const type = option.type;
    if (type.mergesSingleAsIs !== true) return MERGE;
    const definitions = this.definitions;
    let value: unknown;
    if (definitions.length === 1) {
      const only = definitions[0]!;
      if (!(only instanceof Definition)) return MERGE;
      value = force(only.value);
      only.value = value;
    } else if (definitions.length === 0 && option.hasDefault) {
      value = force(option.default);
    } else return MERGE;
    return isProperty(value) || !type.check(value) ? MERGE : value;
  }
}
