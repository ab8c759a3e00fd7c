import type { Source } from '../source.js';
import { hasBrand } from '../values/brand.js';

const TYPE_BRAND = Symbol.for('cdknix.modules.OptionType');

/** One definition as a type's `merge` receives it: the value is forced to its outer shape. */
export interface TypedDefinition {
  readonly value: unknown;
  readonly source: Source;
}

/**
 * The one contract every option type fills (nixpkgs `mkOptionType`). The evaluator only
 * ever calls these members; it never looks at a type's name to decide what to do.
 */
export interface OptionType<T = unknown> {
  readonly [TYPE_BRAND]: true;
  /** Family name (`int`, `listOf`, ...): only used to decide whether two declarations agree. */
  readonly name: string;
  /** Human text used in messages: "list of signed integer". */
  readonly description: string;
  /**
   * How `description` reads inside another type's (see `descriptionPhrase`). Undefined: it
   * is put in parentheses wherever it is nested (`list of (attribute set)`).
   */
  readonly descriptionClass?: DescriptionClass | undefined;
  /** Shallow test of one definition value (already forced to its outer shape). */
  check(value: unknown): boolean;
  /**
   * Combines the checked definitions that survived conditions and priorities, in merge order,
   * into the option's value. `path` is the option path, for messages and nested options.
   */
  merge(path: readonly string[], definitions: readonly TypedDefinition[]): T;
  /**
   * True when merging ONE definition gives that definition's value unchanged (equal-value,
   * one-of and string-joining merges): the evaluator then skips `merge` for single definitions.
   */
  readonly mergesSingleAsIs?: boolean | undefined;
  /** The value an empty definition stands for (`[]` for lists); absent when there is none. */
  readonly emptyValue?: { readonly value: T } | undefined;
  /** Declared sub-options for documentation (submodules); undefined for leaf types. */
  getSubOptions?(prefix: readonly string[]): Record<string, unknown>;
  /** The modules a submodule type evaluates (present only on types that accept nested options). */
  getSubModules?(): readonly unknown[];
  /**
   * The same type over other modules: the evaluator locates a submodule type's modules at the
   * declaration that gives them, and adds option groups declared below a submodule option.
   */
  substSubModules?(modules: readonly unknown[]): OptionType<T>;
  /**
   * True when options may be declared below an option of this type, as modules of its own
   * (submodules only, as in the reference: not types that wrap them, like `attrsOf`).
   */
  readonly acceptsNestedOptions?: boolean | undefined;
  /** The type two declarations of one option share, or undefined when they are incompatible. */
  typeMerge(other: OptionType): OptionType | undefined;
  /** Element types, by role (`elemType`, `left`, `right`, `freeformType`). */
  readonly nestedTypes: Readonly<Record<string, OptionType>>;
  /**
   * The type's parameters as plain data (nixpkgs `functor.payload`): enum members, integer
   * bounds, a string pattern. The evaluator never reads it; tools that compare two versions of
   * a type (`@cdknix/api-diff`) do, since `check` is opaque.
   */
  readonly payload?: Readonly<Record<string, unknown>> | undefined;
  /** Phantom: the TypeScript type of the value (never set at run time). */
  readonly __value?: T;
}

/**
 * The grammar of a type's description, as in the reference: a `noun` ("string"), a
 * `conjunction` ("null or string"), a `composite` ("list of string") or a
 * `nonRestrictiveClause` ("positive integer, meaning >0").
 */
export type DescriptionClass = 'noun' | 'conjunction' | 'composite' | 'nonRestrictiveClause';

/**
 * `type`'s description as part of another's: as it is when its class is one of `plain`, else
 * in parentheses. So `nullOr (listOf str)` reads "null or (list of string)", while
 * `listOf (listOf str)` reads "list of list of string".
 */
export function descriptionPhrase(type: OptionType, plain: readonly DescriptionClass[]): string {
  const descriptionClass = type.descriptionClass;
  return descriptionClass !== undefined && plain.includes(descriptionClass)
    ? type.description
    : `(${type.description})`;
}

/**
 * The members through which a type wrapping `elementType` (a list, an attribute set, `nullOr`,
 * `unique`) reaches the submodules inside it, rebuilding itself around the element type over
 * other modules; none when `elementType` evaluates no modules.
 */
export function subModulesThrough<T>(
  elementType: OptionType,
  rebuild: (element: OptionType<any>) => OptionType<T>,
): Pick<OptionTypeSpec<T>, 'getSubModules' | 'substSubModules'> {
  const substitute = elementType.substSubModules;
  if (substitute === undefined) return {};
  return {
    getSubModules: () => elementType.getSubModules?.() ?? [],
    substSubModules: (modules) => rebuild(substitute.call(elementType, modules)),
  };
}

export type OptionTypeSpec<T> = Omit<
  OptionType<T>,
  typeof TYPE_BRAND | 'typeMerge' | 'nestedTypes' | '__value' | 'description'
> & {
  /**
   * The description, or a function computing it when it is first read. A submodule's is
   * computed: like the reference, it evaluates the submodule's modules (for a freeform type's
   * description), so it is only computed where a message or documentation needs it, and the
   * types wrapping a submodule compute theirs the same way.
   */
  description: string | (() => string);
  typeMerge?: (other: OptionType) => OptionType | undefined;
  nestedTypes?: Readonly<Record<string, OptionType>>;
};

/**
 * Every option type, whatever its members: one class, so one shape. Types are built per
 * submodule instance when a module builds its options, and the evaluator reads their members
 * on hot paths. The brand is on the prototype (see `hasBrand`).
 */
class Type<T> {
  readonly name: string;
  readonly descriptionClass: DescriptionClass | undefined;
  readonly check: OptionType<T>['check'];
  readonly merge: OptionType<T>['merge'];
  readonly mergesSingleAsIs: boolean | undefined;
  readonly emptyValue: { readonly value: T } | undefined;
  readonly getSubOptions: OptionType<T>['getSubOptions'];
  readonly getSubModules: OptionType<T>['getSubModules'];
  readonly substSubModules: OptionType<T>['substSubModules'];
  readonly acceptsNestedOptions: boolean | undefined;
  readonly typeMerge: OptionType<T>['typeMerge'];
  readonly nestedTypes: Readonly<Record<string, OptionType>>;
  readonly payload: Readonly<Record<string, unknown>> | undefined;
  /** The description, or the function computing it until it is first read. */
  #description: string | (() => string);

  constructor(spec: OptionTypeSpec<T>) {
    this.name = spec.name;
    this.#description = spec.description;
    this.descriptionClass = spec.descriptionClass;
    this.check = spec.check;
    this.merge = spec.merge;
    this.mergesSingleAsIs = spec.mergesSingleAsIs;
    this.emptyValue = spec.emptyValue;
    this.getSubOptions = spec.getSubOptions;
    this.getSubModules = spec.getSubModules;
    this.substSubModules = spec.substSubModules;
    this.acceptsNestedOptions = spec.acceptsNestedOptions;
    const self = this as unknown as OptionType<T>;
    this.typeMerge =
      spec.typeMerge ?? ((other: OptionType) => (other.name === spec.name ? self : undefined));
    this.nestedTypes = spec.nestedTypes ?? {};
    this.payload = spec.payload;
  }

  get description(): string {
    const description = this.#description;
    if (typeof description === 'string') return description;
    // An error computing it is raised again on the next read, as a Nix thunk's is.
    const computed = description();
    this.#description = computed;
    return computed;
  }
}
Object.defineProperty(Type.prototype, TYPE_BRAND, { value: true });

/**
 * Defines an option type. Without `typeMerge`, two declarations agree when their types have
 * the same name (right for types without parameters).
 */
export function mkOptionType<T>(spec: OptionTypeSpec<T>): OptionType<T> {
  return new Type(spec) as unknown as OptionType<T>;
}

export function isOptionType(value: unknown): value is OptionType {
  return hasBrand(value, TYPE_BRAND);
}

/** The TypeScript type of the values an option type produces. */
export type TypeOf<Type> = Type extends OptionType<infer T> ? T : never;
