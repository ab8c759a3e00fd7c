import { distance } from 'fastest-levenshtein';
import {
  EagerConfigReadError,
  InfiniteRecursionError,
  UnknownOptionError,
} from '../errors/errors.js';
import { MergedDefinitions, type RawDefinition } from '../merge-definitions.js';
import { type CollectedModule, collectModules } from '../modules/collect-modules.js';
import type { ModuleArguments, ModuleInput } from '../modules/module.js';
import type { MergedOption } from '../options/merge-declarations.js';
import { type Source, sourceAt, UNKNOWN_FILE } from '../source.js';
import { anything } from '../types/anything.js';
import type { OptionType } from '../types/option-type.js';
import { getAttributePath } from '../values/attribute-path.js';
import { deepForce } from '../values/deep-force.js';
import { attributeSourceOf, lazyAttributes } from '../values/lazy-attributes.js';
import { compareNames } from '../values/plain.js';
import { showDefinitions } from '../values/show-definitions.js';
import { lazyAttributeProxy, type ProxyTarget } from './config-proxy.js';
import { freeformValue, recursiveUpdate } from './freeform.js';
import { type Declared, GroupNode, type UnmatchedDefinition } from './group-node.js';
import { OptionNode } from './option-node.js';
import { currentOptionStack, isStackOverflow, stackOverflowError } from './recursion-guard.js';

export interface EvalModulesInput {
  readonly modules: readonly ModuleInput[];
  /** Modules declaring another `class` (`_class`) are rejected. */
  readonly class?: string | undefined;
  /** Extra module arguments (`name` is how submodules learn their attribute name). */
  readonly specialArgs?: Readonly<Record<string, unknown>>;
  /** Option path of this evaluation inside an enclosing one (submodules), for messages. */
  readonly prefix?: readonly string[];
}

/** A definition as the synth layer sees it: before merging, with its priorities. */
export interface DefinitionInfo {
  readonly value: unknown;
  readonly priority: number;
  readonly order: number;
  readonly source: Source;
}

export interface DeclarationInfo {
  readonly type: OptionType;
  readonly default?: unknown;
  readonly description?: string | undefined;
  readonly example?: unknown;
  readonly readOnly: boolean;
  /** Not for users to set (`internal = true`): left out of documentation and of an aspect's API. */
  readonly internal: boolean;
  readonly declarations: readonly Source[];
}

export interface Evaluation<Config = Record<string, unknown>> {
  /** The final configuration; each option is evaluated when first read, then memoised. */
  readonly config: Config;
  /** The declared option tree; leaves describe options (`type`, `value`, `isDefined`, ...). */
  readonly options: Record<string, unknown>;
  /** The value at `path`, forced completely into plain data; throws typed errors. */
  valueOf(path: readonly string[]): unknown;
  /** Every declared option path, sorted. */
  optionPaths(): string[][];
  /**
   * The definitions of an option that survive `mkIf` and priority filtering, in merge order.
   * In a freeform evaluation, also those of a freeform attribute: a path whose last name is
   * the first that no option declares (`settings.keep-outputs`).
   */
  definitionsOf(path: readonly string[]): DefinitionInfo[];
  /**
   * An option's declaration; for a freeform attribute, the freeform type's element type
   * (`anything` below the first level), with no declaration sites.
   */
  declarationOf(path: readonly string[]): DeclarationInfo;
}

/** Evaluations whose configuration is not their root group's value (freeform ones). */
const freeformEvaluations = new WeakMap<object, Evaluation>();

/**
 * The evaluation behind a configuration value: for the `config` of an evaluation, and so for
 * every submodule instance's value (`evaluation.config.users.alice`), its nested evaluation.
 */
export function evaluationOf(value: unknown): Evaluation | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const source = attributeSourceOf(value);
  if (source instanceof GroupNode && source.evaluation !== undefined) return source.evaluation;
  return freeformEvaluations.get(value);
}

/** The `options` argument's target: the evaluation's option tree, guarded the same way. */
class OptionsArgument implements ProxyTarget {
  constructor(private readonly evaluation: ModuleEvaluation) {}
  resolve(): Record<string, unknown> {
    return this.evaluation.options;
  }
  guard(name: string): void {
    this.evaluation.guard(name);
  }
}

const NO_DEFINITIONS: readonly RawDefinition[] = [];
const NO_PREFIX: readonly string[] = [];

class ModuleEvaluation implements Evaluation, ProxyTarget {
  #collecting = false;
  #root: GroupNode | undefined;
  #freeformType: OptionType | undefined;
  #internalConfig: Record<string, unknown> | undefined;
  #mergingFreeform = false;
  #checked = false;
  #options: Record<string, unknown> | undefined;
  readonly #prefix: readonly string[];

  /**
   * `configDefinitions` are definitions written as plain attribute sets of config (a
   * submodule's shorthand definitions): they stand for modules `{ _file; config = value; }`
   * listed before `input.modules`, without building and collecting such modules.
   */
  constructor(
    private readonly input: EvalModulesInput,
    private readonly configDefinitions: readonly RawDefinition[] = NO_DEFINITIONS,
    /** Whether `input.specialArgs` was built for this evaluation alone, so may become its arguments. */
    private readonly ownsSpecialArgs = false,
  ) {
    this.#prefix = input.prefix ?? NO_PREFIX;
  }

  /** Proxy target of the `config` argument: the configuration, once modules are collected. */
  resolve(): Record<string, unknown> {
    return this.internalConfig;
  }

  /** Reading `config` or `options` while modules are being collected is an eager read. */
  guard(name: string): void {
    if (this.#collecting) throw new EagerConfigReadError({ file: UNKNOWN_FILE }, name);
  }

  /**
   * Collects the modules and builds what the evaluation keeps of them: the root group (their
   * declarations and definitions) and the freeform type. The collected modules are not kept.
   */
  #collect(): void {
    let modules: CollectedModule[];
    this.#collecting = true;
    try {
      // Not `{ ...specialArgs, config, options }`: V8 writes properties that follow a spread
      // through a slow path (about a microsecond per module instance).
      const args: Record<string, unknown> = this.ownsSpecialArgs
        ? (this.input.specialArgs as Record<string, unknown>)
        : Object.assign({}, this.input.specialArgs);
      args.config = lazyAttributeProxy(this);
      args.options = lazyAttributeProxy(new OptionsArgument(this));
      modules = collectModules(this.input.modules, {
        class: this.input.class,
        arguments: args as ModuleArguments,
      });
    } finally {
      this.#collecting = false;
    }
    // Merge order is the reverse of collection order.
    const declarations: Declared[] = [];
    const definitions: RawDefinition[] = [];
    for (let index = modules.length - 1; index >= 0; index -= 1) {
      const module = modules[index]!;
      if (module.options !== undefined)
        declarations.push({ value: module.options, source: module.source });
      if (module.config !== undefined)
        definitions.push({ value: module.config, source: module.source });
    }
    let freeformType: OptionType | undefined;
    for (let index = 0; index < modules.length; index += 1) {
      const module = modules[index]!;
      if (module.freeformType === undefined) continue;
      freeformType =
        freeformType === undefined
          ? module.freeformType
          : (freeformType.typeMerge(module.freeformType) ?? module.freeformType);
    }
    // Listed first, collected first, so merged last.
    for (let index = this.configDefinitions.length - 1; index >= 0; index -= 1)
      definitions.push(this.configDefinitions[index]!);
    this.#freeformType = freeformType;
    // In the reference every module gives a config (`{ }` when it has none), so with any
    // module there are definitions to check at the root (see `GroupNode.hasUnmatched`).
    this.#root = new GroupNode(
      this.#prefix,
      declarations,
      definitions,
      modules.length > 0 || definitions.length > 0,
    );
  }

  get root(): GroupNode {
    if (this.#root === undefined) this.#collect();
    return this.#root!;
  }

  /** Built with the root (`#collect`). */
  get freeformType(): OptionType | undefined {
    if (this.#root === undefined) this.#collect();
    return this.#freeformType;
  }

  /** The configuration modules see: not checked for unknown options (as the reference). */
  get internalConfig(): Record<string, unknown> {
    if (this.#internalConfig === undefined) {
      const declared = this.root.value;
      const freeform = this.freeformType;
      if (freeform === undefined) {
        this.root.evaluation = this;
        this.#internalConfig = declared;
      } else {
        // Merging the freeform attributes may read `config` (a strict `attrsOf` forces each
        // definition to know its names): that is a cycle, as Nix reports it, not a recursion
        // until the stack overflows.
        if (this.#mergingFreeform) throw new InfiniteRecursionError(currentOptionStack());
        this.#mergingFreeform = true;
        try {
          this.#internalConfig = recursiveUpdate(
            freeformValue(this.#prefix, freeform, [...this.root.unmatched()]),
            declared,
          );
        } finally {
          this.#mergingFreeform = false;
        }
        freeformEvaluations.set(this.#internalConfig, this);
      }
    }
    return this.#internalConfig;
  }

  #checkUnmatched(): void {
    if (this.#checked) return;
    if (this.freeformType === undefined) {
      const first = this.root.hasUnmatched() ? this.root.unmatched().next() : undefined;
      if (first !== undefined && !first.done) {
        const unmatched = first.value;
        const path = [...this.#prefix, ...unmatched.prefix];
        throw new UnknownOptionError(
          path,
          showDefinitions([unmatched]),
          this.#suggestionsFor(unmatched.prefix),
        );
      }
    }
    this.#checked = true;
  }

  /** Close declared names for the first name of `relative` that is not declared. */
  #suggestionsFor(relative: readonly string[]): string[] {
    let group: GroupNode = this.root;
    let index = 0;
    for (; index < relative.length - 1; index += 1) {
      const child = group.child(relative[index]!);
      if (child === undefined) break;
      if (!(child instanceof GroupNode)) return [];
      group = child;
    }
    const wanted = relative[index] ?? '';
    return group
      .declaredNames()
      .map((name) => ({ name, score: distance(name, wanted) }))
      .filter(({ score }) => score <= Math.max(2, Math.floor(wanted.length / 3)))
      .sort((left, right) => left.score - right.score || compareNames(left.name, right.name))
      .slice(0, 3)
      .map(({ name }) =>
        [...this.#prefix, ...relative.slice(0, index), name, ...relative.slice(index + 1)].join(
          '.',
        ),
      );
  }

  get config(): Record<string, unknown> {
    this.#checkUnmatched();
    return this.internalConfig;
  }

  get options(): Record<string, unknown> {
    this.#options ??= optionsView(this.root);
    return this.#options;
  }

  valueOf(path: readonly string[]): unknown {
    try {
      return deepForce(getAttributePath(this.config, path));
    } catch (error) {
      if (isStackOverflow(error)) throw stackOverflowError(error);
      throw error;
    }
  }

  optionPaths(): string[][] {
    const paths: string[][] = [];
    const walk = (group: GroupNode) => {
      for (const name of group.declaredNames()) {
        const child = group.child(name);
        if (child instanceof GroupNode) walk(child);
        else if (child !== undefined) paths.push(child.path.slice(this.#prefix.length));
      }
    };
    walk(this.root);
    return paths;
  }

  /** The option at `path`, or the merge of the freeform attribute there. */
  #optionAt(path: readonly string[]): OptionNode | FreeformAttribute {
    let node: OptionNode | GroupNode | undefined = this.root;
    for (const name of path) node = node instanceof GroupNode ? node.child(name) : undefined;
    if (node instanceof OptionNode) return node;
    const freeform = this.#freeformAttribute(path);
    if (freeform !== undefined) return freeform;
    throw new UnknownOptionError([...this.#prefix, ...path], [], this.#suggestionsFor(path));
  }

  #unmatched: UnmatchedDefinition[] | undefined;

  /**
   * The freeform attribute at `path`: its last name is the first no option declares, and some
   * definition leaves declared territory there. Merged as the freeform type merges it.
   */
  #freeformAttribute(path: readonly string[]): FreeformAttribute | undefined {
    const freeformType = this.freeformType;
    if (freeformType === undefined || path.length === 0) return undefined;
    let group: GroupNode = this.root;
    for (const name of path.slice(0, -1)) {
      const child = group.child(name);
      if (!(child instanceof GroupNode)) return undefined;
      group = child;
    }
    if (group.child(path[path.length - 1]!) !== undefined) return undefined;
    this.#unmatched ??= [...this.root.unmatched()];
    const definitions = this.#unmatched.filter(
      (definition) =>
        definition.prefix.length === path.length &&
        definition.prefix.every((name, index) => name === path[index]),
    );
    if (definitions.length === 0) return undefined;
    // The freeform type merges the whole set: an attribute of it is one of its elements.
    const type = (path.length === 1 && freeformType.nestedTypes.elementType) || anything;
    const fullPath = [...this.#prefix, ...path];
    return {
      path: fullPath,
      merged: new MergedDefinitions(fullPath, type, definitions),
      option: { type, readOnly: false, internal: false, declarations: [], hasDefault: false },
    };
  }

  definitionsOf(path: readonly string[]): DefinitionInfo[] {
    const node = this.#optionAt(path);
    const merged = node.merged;
    return merged.ordered
      .filter((definition) => !merged.isOptionDefault(definition))
      .map(({ value, priority, order, source }) => ({
        value,
        priority,
        order,
        source: sourceAt(source, node.path),
      }));
  }

  declarationOf(path: readonly string[]): DeclarationInfo {
    return describeOption(this.#optionAt(path).option);
  }
}

/** A freeform attribute, read as an option of the freeform type's element type. */
interface FreeformAttribute {
  readonly path: readonly string[];
  readonly merged: MergedDefinitions;
  readonly option: DescribedOption;
}

type DescribedOption = Pick<
  MergedOption,
  'type' | 'readOnly' | 'internal' | 'declarations' | 'hasDefault'
> &
  Partial<Pick<MergedOption, 'default' | 'description' | 'example'>>;

function describeOption(option: DescribedOption): DeclarationInfo {
  return {
    type: option.type,
    ...(option.hasDefault ? { default: option.default } : {}),
    description: option.description,
    example: option.example,
    readOnly: option.readOnly,
    internal: option.internal,
    declarations: option.declarations,
  };
}

function optionsView(group: GroupNode): Record<string, unknown> {
  return lazyAttributes(group.declaredNames(), (name) => {
    const child = group.child(name);
    if (child instanceof GroupNode) return optionsView(child);
    const node = child as OptionNode;
    return {
      ...describeOption(node.option),
      loc: node.path,
      get value() {
        return node.value;
      },
      get isDefined() {
        return node.merged.isDefined;
      },
      get definitions() {
        return node.merged.ordered.map((definition) => definition.value);
      },
    };
  });
}

/**
 * `lib.evalModules`: collects the modules, then evaluates options on demand. Nothing is
 * evaluated before `config`, `options` or a query is read.
 */
export function evalModules<Config = Record<string, unknown>>(
  input: EvalModulesInput,
): Evaluation<Config> {
  return new ModuleEvaluation(input) as unknown as Evaluation<Config>;
}

/** The freeform type an evaluation of `input` has (its modules collected, nothing merged). */
export function freeformTypeOf(input: EvalModulesInput): OptionType | undefined {
  return new ModuleEvaluation(input, NO_DEFINITIONS, true).freeformType;
}

/**
 * `evalModules` with shorthand definitions passed as data (see `ModuleEvaluation`): what a
 * submodule instance evaluates, without a module object per definition. `input.specialArgs`
 * must be a fresh object: it becomes the module arguments.
 */
export function evalModulesWithDefinitions(
  input: EvalModulesInput,
  configDefinitions: readonly RawDefinition[],
): Evaluation {
  return new ModuleEvaluation(input, configDefinitions, true);
}
