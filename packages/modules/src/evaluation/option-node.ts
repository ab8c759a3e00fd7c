import { ReadOnlyError } from '../errors/errors.js';
import { MergedDefinitions, type RawDefinition } from '../merge-definitions.js';
import { type MergedOption, mergeDeclarations } from '../options/merge-declarations.js';
import type { OptionDeclaration } from '../options/mk-option.js';
import { mkOptionDefault } from '../properties/property.js';
import { type Source, UNKNOWN_FILE } from '../source.js';
import { showDefinitions } from '../values/show-definitions.js';
import { cycleError, withOptionOnStack } from './recursion-guard.js';

/**
 * One declared option of an evaluation: its merged declaration and its definitions, with the
 * value computed on first read and memoised. Re-entering the computation is a cycle.
 */
export class OptionNode {
  readonly isOption = true;
  #option: MergedOption | undefined;
  #merged: MergedDefinitions | undefined;
  #defaultSource: Source | undefined;
  #allDefinitions: readonly RawDefinition[] | undefined;
  #state: 'idle' | 'computing' | 'done' = 'idle';
  #value: unknown;

  /** `refine` adjusts the merged declaration (options declared below a submodule option). */
  constructor(
    readonly path: readonly string[],
    private readonly declarations: readonly { option: OptionDeclaration; source: Source }[],
    readonly definitions: readonly RawDefinition[],
    private readonly refine?: (merged: MergedOption) => MergedOption,
  ) {}

  get option(): MergedOption {
    if (this.#option === undefined) {
      const merged = mergeDeclarations(this.path, this.declarations);
      this.#option = this.refine === undefined ? merged : this.refine(merged);
    }
    return this.#option;
  }

  /** The option's own default as a definition (merged as `mkOptionDefault`), if any. */
  get #defaultDefinition(): RawDefinition | undefined {
    const option = this.option;
    if (!option.hasDefault) return undefined;
    this.#defaultSource ??= { ...(option.declarations[0] ?? { file: UNKNOWN_FILE }) };
    return { value: option.default, source: this.#defaultSource };
  }

  /** The written definitions, preceded by the default (as `mkOptionDefault`) when there is one. */
  get allDefinitions(): readonly RawDefinition[] {
    if (this.#allDefinitions !== undefined) return this.#allDefinitions;
    const optionDefault = this.#defaultDefinition;
    this.#allDefinitions =
      optionDefault === undefined
        ? this.definitions
        : [
            { value: mkOptionDefault(optionDefault.value), source: optionDefault.source },
            ...this.definitions,
          ];
    return this.#allDefinitions;
  }

  get merged(): MergedDefinitions {
    this.#merged ??= new MergedDefinitions(
      this.path,
      this.option.type,
      this.definitions,
      this.option.declarations,
      this.#defaultDefinition,
    );
    return this.#merged;
  }

  isDefaultSource(source: Source): boolean {
    return source === this.#defaultSource;
  }

  get value(): unknown {
    if (this.#state === 'done') return this.#value;
    if (this.#state === 'computing') throw cycleError(this.path);
    this.#state = 'computing';
    try {
      this.#value = withOptionOnStack(this.path, () => this.#compute());
      this.#state = 'done';
    } catch (error) {
      this.#state = 'idle';
      throw error;
    }
    return this.#value;
  }

  #compute(): unknown {
    const option = this.option;
    // Read-only counts every definition, the default included, before conditions and priorities.
    if (option.readOnly && this.definitions.length + (option.hasDefault ? 1 : 0) > 1) {
      const all = this.allDefinitions;
      // Like the reference, each definition is shown as if it were the only one.
      const shown = showDefinitions(
        all,
        (value) =>
          new MergedDefinitions(this.path, option.type, [{ value, source: { file: '' } }]).value,
      );
      throw new ReadOnlyError(this.path, shown);
    }
    const merged = this.merged.value;
    return option.apply === undefined ? merged : option.apply(merged);
  }
}
