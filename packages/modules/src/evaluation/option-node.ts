import { ReadOnlyError } from '../errors/errors.js';
import {
  Definition,
  MERGE,
  MergedDefinitions,
  type RawDefinition,
  valueAsItStands,
} from '../merge-definitions.js';
import {
  type Declared,
  type MergedOption,
  mergeDeclarations,
} from '../options/merge-declarations.js';
import { mkOptionDefault } from '../properties/property.js';
import type { AtPath } from '../values/attribute-path.js';
import { showDefinitions } from '../values/show-definitions.js';
import { cycleError, failureOf, popOption, pushOption } from './recursion-guard.js';

/**
 * One declared option of an evaluation: its merged declaration and its definitions, with the
 * value computed on first read and memoised. Re-entering the computation is a cycle.
 */
export class OptionNode implements AtPath {
  readonly isOption = true;
  #path: readonly string[] | undefined;
  #option: MergedOption | undefined;
  #merged: MergedDefinitions | undefined;
  #state: 'idle' | 'computing' | 'done' = 'idle';
  #value: unknown;

  /** What `option` is merged from; let go once it is. */
  #declarations: readonly Declared[] | undefined;

  /**
   * Option `name` of the group `parent`. `declarations` may include option groups declared
   * below a submodule option.
   */
  constructor(
    private readonly parent: AtPath,
    private readonly name: string,
    declarations: readonly Declared[],
    readonly definitions: readonly RawDefinition[],
  ) {
    this.#declarations = declarations;
  }

  /**
   * Built when first asked for: most options never need theirs (it is for messages, nested
   * evaluations and the pipeline of merges), and every submodule instance has several.
   */
  get path(): readonly string[] {
    this.#path ??= [...this.parent.path, this.name];
    return this.#path;
  }

  get option(): MergedOption {
    if (this.#option === undefined) {
      this.#option = mergeDeclarations(this, this.#declarations!);
      this.#declarations = undefined;
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
    pushOption(this);
    try {
      this.#value = this.#compute();
      this.#state = 'done';
    } catch (error) {
      this.#state = 'idle';
      throw failureOf(error, this);
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
    const asItStands = valueAsItStands(option.type, this.definitions, option);
    const merged = asItStands === MERGE ? this.merged.value : asItStands;
    return option.apply === undefined ? merged : option.apply(merged);
  }
}
