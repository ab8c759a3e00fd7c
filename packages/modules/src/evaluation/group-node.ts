import { DeclarationError, NotAttributesError } from '../errors/errors.js';
import { Definition, type RawDefinition } from '../merge-definitions.js';
import type { Declared } from '../options/merge-declarations.js';
import { isOption, type OptionDeclaration } from '../options/mk-option.js';
import { isProperty } from '../properties/property.js';
import { pushDownProperties } from '../properties/push-down-properties.js';
import type { Source } from '../source.js';
import { type AttributeSource, attributesFrom } from '../values/lazy-attributes.js';
import { compareNames, isAttributeSet, sortNames } from '../values/plain.js';
import { force } from '../values/thunk.js';
import type { Evaluation } from './evaluate.js';
import { OptionNode } from './option-node.js';
import { cycleError } from './recursion-guard.js';

export type { Declared };

export interface UnmatchedDefinition {
  /** Path below the group where the definition left declared territory. */
  readonly prefix: readonly string[];
  readonly value: unknown;
  readonly source: Source;
}

type Child = OptionNode | GroupNode | undefined;

/** Marks a child being created (its declarations are being forced). */
const CREATING: unique symbol = Symbol('creating');

/** The declarations below a group, by name. */
interface DeclarationsByName {
  get(name: string): Declared[] | undefined;
  has(name: string): boolean;
  /** A fresh array of the names, in declaration order. */
  names(): string[];
}

/**
 * The declarations of a group that ONE module declares (every submodule instance's root,
 * typically): its tree is looked up directly instead of being copied into an index.
 */
class DeclaredByOneModule implements DeclarationsByName {
  constructor(
    private readonly tree: Record<string, unknown>,
    private readonly source: Source,
  ) {}
  get(name: string): Declared[] | undefined {
    return Object.hasOwn(this.tree, name)
      ? [{ value: this.tree[name], source: this.source }]
      : undefined;
  }
  has(name: string): boolean {
    return Object.hasOwn(this.tree, name);
  }
  names(): string[] {
    return Object.keys(this.tree);
  }
}

/** The declarations of a group that several modules declare, copied into an index. */
class DeclaredByModules extends Map<string, Declared[]> implements DeclarationsByName {
  names(): string[] {
    return Array.from(this.keys());
  }
}

interface Index {
  readonly declarations: DeclarationsByName;
  readonly definitions: Map<string, RawDefinition[]>;
}

/**
 * Appends `item` to the list of `name`. Most lists keep one or two items: they are built at
 * their size (V8 grows a pushed array to 17 slots at once, and these lists live as long as
 * the evaluation).
 */
function pushInto<T>(map: Map<string, T[]>, name: string, item: T): void {
  const list = map.get(name);
  if (list === undefined) map.set(name, [item]);
  else if (list.length === 1) map.set(name, [list[0]!, item]);
  else list.push(item);
}

const NO_DEFINITIONS: readonly RawDefinition[] = Object.freeze([]);

/**
 * A path that holds nested options (an option set). Its index of declarations and
 * definitions by name is built on first use; definitions written around it (`mkIf c { ... }`)
 * are pushed down to its attributes then.
 */
export class GroupNode implements AttributeSource {
  readonly isOption = false;
  /** The evaluation whose configuration this group's value is (set on roots only). */
  evaluation: Evaluation | undefined = undefined;
  #index: Index | undefined;
  #children = new Map<string, Child | typeof CREATING>();
  #value: Record<string, unknown> | undefined;
  #declaredNames: string[] | undefined;

  /**
   * Whether definitions are given here (the reference's `configs` are not empty): only then are
   * undeclared definitions looked for, and declared names checked (`hasUnmatched`).
   */
  readonly hasDefinitions: boolean;
  /** What the index is built from; let go once it is (the index and children hold it all). */
  #declarations: readonly Declared[] | undefined;
  #rawDefinitions: readonly RawDefinition[] | undefined;

  constructor(
    readonly path: readonly string[],
    declarations: readonly Declared[],
    rawDefinitions: readonly RawDefinition[],
    hasDefinitions = rawDefinitions.length > 0,
  ) {
    this.#declarations = declarations;
    this.#rawDefinitions = rawDefinitions;
    this.hasDefinitions = hasDefinitions;
  }

  #buildIndex(): Index {
    const index: Index = {
      declarations: this.#indexDeclarations(this.#declarations!),
      definitions: new Map(),
    };
    this.#indexDefinitions(index, this.#rawDefinitions!);
    this.#declarations = undefined;
    this.#rawDefinitions = undefined;
    return index;
  }

  #indexDeclarations(declarations: readonly Declared[]): DeclarationsByName {
    if (declarations.length === 1) {
      const { value, source } = declarations[0]!;
      return new DeclaredByOneModule(value as Record<string, unknown>, source);
    }
    const byName = new DeclaredByModules();
    for (let index = 0; index < declarations.length; index += 1) {
      const { value, source } = declarations[index]!;
      const tree = value as Record<string, unknown>;
      const names = Object.keys(tree);
      for (let at = 0; at < names.length; at += 1)
        pushInto(byName, names[at]!, { value: tree[names[at]!], source });
    }
    return byName;
  }

  /**
   * The definitions by name, pushed down through properties written around the group. Every
   * definition is forced and pushed down before any is indexed: the reference builds its list
   * of pushed-down definitions (forcing each value) before it reads any of them as an attribute
   * set, so a `throw` in one definition comes before another that is not an attribute set
   * (differential check, confirmed with Nix in both orders).
   */
  #indexDefinitions(index: Index, rawDefinitions: readonly RawDefinition[]): void {
    // Each a plain attribute set (the common case, which needs no pushing down) or the list of
    // values it pushed down to.
    const forced: unknown[] = new Array(rawDefinitions.length);
    for (let at = 0; at < rawDefinitions.length; at += 1) {
      const value = force(rawDefinitions[at]!.value);
      forced[at] = isAttributeSet(value) && !isProperty(value) ? value : pushDownProperties(value);
    }
    for (let at = 0; at < rawDefinitions.length; at += 1) {
      const { source } = rawDefinitions[at]!;
      const value = forced[at];
      if (!Array.isArray(value)) {
        this.#indexDefinition(index, value as Record<string, unknown>, source);
        continue;
      }
      for (const pushed of value) {
        if (!isAttributeSet(pushed)) throw new NotAttributesError(this.path, source, pushed);
        this.#indexDefinition(index, pushed, source);
      }
    }
  }

  #indexDefinition(index: Index, attributes: Record<string, unknown>, source: Source): void {
    const names = Object.keys(attributes);
    for (let at = 0; at < names.length; at += 1)
      pushInto(index.definitions, names[at]!, new Definition(attributes[names[at]!], source));
  }

  get index(): Index {
    this.#index ??= this.#buildIndex();
    return this.#index;
  }

  /** The declared names, sorted (shared: callers must not change the array). */
  declaredNames(): readonly string[] {
    this.#declaredNames ??= sortNames(this.index.declarations.names());
    return this.#declaredNames;
  }

  child(name: string): Child {
    const known = this.#children.get(name);
    if (known === CREATING) throw cycleError([...this.path, name]);
    if (known !== undefined || this.#children.has(name)) return known as Child;
    // Declarations may be thunks reading the configuration: reading this one again is a cycle.
    this.#children.set(name, CREATING);
    let created: Child;
    try {
      created = this.#createChild(name);
    } catch (error) {
      this.#children.delete(name);
      throw error;
    }
    this.#children.set(name, created);
    return created;
  }

  #createChild(name: string): Child {
    const declarations = this.index.declarations.get(name);
    if (declarations === undefined) return undefined;
    const definitions = this.index.definitions.get(name) ?? NO_DEFINITIONS;
    if (declarations.length === 1) return this.#declaredOnce(name, declarations, definitions);
    const path = [...this.path, name];
    const options: Declared[] = [];
    const groups: Declared[] = [];
    const forced: Declared[] = [];
    for (const declaration of declarations) {
      const value = force(declaration.value);
      const entry =
        value === declaration.value ? declaration : { value, source: declaration.source };
      if (isOption(value)) options.push(entry);
      else if (isAttributeSet(value)) groups.push(entry);
      else
        throw new DeclarationError(path, {
          kind: 'not-an-option',
          declaration: declaration.source,
        });
      forced.push(entry);
    }
    if (options.length === 0) return new GroupNode(path, groups, definitions);
    if (groups.length > 0) checkNestedOptions(path, options, groups);
    return new OptionNode(this, name, forced, definitions);
  }

  /** A child with one declaration (the common case), without sorting declarations by kind. */
  #declaredOnce(
    name: string,
    declarations: readonly Declared[],
    definitions: readonly RawDefinition[],
  ): Child {
    const declared = declarations[0]!;
    const value = force(declared.value);
    if (isOption(value)) return new OptionNode(this, name, declarations, definitions);
    const path = [...this.path, name];
    if (isAttributeSet(value)) {
      const group = value === declared.value ? declarations : [{ value, source: declared.source }];
      return new GroupNode(path, group, definitions);
    }
    throw new DeclarationError(path, { kind: 'not-an-option', declaration: declared.source });
  }

  /** The attribute set of declared values (options and nested groups), each computed on read. */
  get value(): Record<string, unknown> {
    this.#value ??= attributesFrom(this.declaredNames(), this);
    return this.#value;
  }

  /**
   * An attribute of `value`: children memoise their values and report cycles themselves, so
   * the set reads through to them.
   */
  attribute(name: string): unknown {
    return (this.child(name) as OptionNode | GroupNode).value;
  }

  /**
   * Whether some definition has no declared option: the common, clean case answered without
   * building the reference-ordered list that `unmatched` yields. Like the reference's list,
   * it first decides for EVERY declared name here, in name order, whether it is an option or
   * options (so a name declared as both is an error even when nothing defines it, and comes
   * before an unknown option), and looks into the groups among them.
   */
  hasUnmatched(): boolean {
    if (!this.hasDefinitions) return false;
    const { declarations, definitions } = this.index;
    let found = false;
    for (const name of this.declaredNames()) {
      const child = this.child(name);
      if (child instanceof GroupNode && child.hasUnmatched()) found = true;
    }
    if (found) return true;
    for (const name of definitions.keys()) if (!declarations.has(name)) return true;
    return false;
  }

  /** Definitions without a declared option, in the reference's order (names sorted). */
  *unmatched(): Generator<UnmatchedDefinition> {
    if (!this.hasDefinitions) return;
    const { declarations, definitions } = this.index;
    const names = [...new Set([...declarations.names(), ...definitions.keys()])].sort(compareNames);
    for (const name of names) {
      if (declarations.has(name)) {
        const child = this.child(name);
        if (child instanceof GroupNode) {
          for (const inner of child.unmatched())
            yield { ...inner, prefix: [name, ...inner.prefix] };
        }
        continue;
      }
      for (const definition of definitions.get(name) ?? [])
        yield { prefix: [name], value: definition.value, source: definition.source };
    }
  }
}

/**
 * Options may be declared below an option only when every declaration of it is a submodule:
 * they become modules of its type (`mergeDeclarations`). Like the reference, `attrsOf
 * (submodule ...)` is not enough: it would be unclear whether they belong to one attribute or
 * to all.
 */
function checkNestedOptions(
  path: readonly string[],
  options: readonly Declared[],
  groups: readonly Declared[],
): void {
  const typeOf = (declared: Declared) => (declared.value as OptionDeclaration).type;
  if (options.every((declared) => typeOf(declared)?.acceptsNestedOptions === true)) return;
  const first = options[0]!;
  throw new DeclarationError(path, {
    kind: 'parent-of-options',
    declaration: first.source,
    typeDescription: typeOf(first)?.description ?? 'unspecified value',
    nested: groups.flatMap((group) =>
      Object.keys(group.value as Record<string, unknown>).map((name) => ({
        path: [...path, name],
        declaration: group.source,
      })),
    ),
  });
}
