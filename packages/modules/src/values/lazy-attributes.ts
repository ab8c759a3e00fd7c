import { InfiniteRecursionError } from '../errors/errors.js';
import { currentOptionStack } from '../evaluation/recursion-guard.js';

/** Marks a name whose value is being computed (re-entry is a cycle). */
const COMPUTING: unique symbol = Symbol('computing');

/**
 * What stands behind a lazy set, kept in one non-enumerable slot of it: something that gives
 * the value of an attribute. Usually a memo table (`MemoState`); an owner that already
 * memoises its values and detects cycles itself (an option group) can stand there directly.
 */
export interface AttributeSource {
  attribute(name: string): unknown;
}

/** Values computed on first read and memoised, with re-entry reported. */
class MemoState implements AttributeSource {
  readonly #values = new Map<string, unknown>();
  constructor(
    private readonly compute: (name: string) => unknown,
    private readonly onReentry: (name: string) => never,
  ) {}

  attribute(name: string): unknown {
    const values = this.#values;
    const known = values.get(name);
    if (known === COMPUTING) this.onReentry(name);
    if (known !== undefined || values.has(name)) return known;
    values.set(name, COMPUTING);
    let value: unknown;
    try {
      value = this.compute(name);
    } catch (error) {
      values.delete(name);
      throw error;
    }
    values.set(name, value);
    return value;
  }
}

const STATE = Symbol('cdknix.modules.lazyAttributesState');

function defaultReentry(): never {
  throw new InfiniteRecursionError(currentOptionStack());
}

/**
 * One accessor descriptor per attribute NAME, shared by every lazy set that has the name.
 * V8 gives objects built with the same accessor functions in the same order one hidden class;
 * a fresh closure per attribute would give every set its own (slow, dictionary-like) shape.
 */
const descriptors = new Map<string, PropertyDescriptor>();

function descriptorFor(name: string): PropertyDescriptor {
  let descriptor = descriptors.get(name);
  if (descriptor === undefined) {
    descriptor = {
      configurable: false,
      enumerable: true,
      get(this: { [STATE]: AttributeSource }) {
        return this[STATE].attribute(name);
      },
    };
    descriptors.set(name, descriptor);
  }
  return descriptor;
}

const stateDescriptor: PropertyDescriptor = {
  configurable: false,
  enumerable: false,
  writable: true,
  value: undefined,
};

/**
 * How the object holding a set is laid out. `declared`: names come from option declarations,
 * so many sets share them; V8 gives such sets one hidden class. `data`: names come from the
 * definitions (host names, user names): nearly every set has its own, and building a hidden
 * class per name per set costs more than the set itself; such sets, and any large set, are
 * built in dictionary mode. Both behave the same to every reader.
 */
export type AttributeNames = 'declared' | 'data';

/** Above this many names, hidden classes cost more than dictionary lookups save. */
const LARGE_SET = 64;

/** A plain object (prototype Object.prototype) in V8's dictionary mode. */
export function dictionaryObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype);
}

const DATA_KEYED = new WeakSet<object>();

/** Whether a set was built for data-keyed names (its plain copies should be too). */
export function isDataKeyed(attributes: object): boolean {
  return DATA_KEYED.has(attributes);
}

/**
 * An attribute set whose values are computed on first read and memoised: the TypeScript
 * form of a Nix attribute set of thunks. `names` must already be in the wanted order.
 * (The getters stay in place: redefining them as data properties on first read sends V8
 * objects into slow dictionary mode, which cost more than it saved.)
 */
export function lazyAttributes(
  names: readonly string[],
  compute: (name: string) => unknown,
  onReentry: (name: string) => never = defaultReentry,
  kind: AttributeNames = 'declared',
): Record<string, unknown> {
  return attributesFrom(names, new MemoState(compute, onReentry), kind);
}

/** What stands behind a lazy set (undefined for any other value). */
export function attributeSourceOf(attributes: object): AttributeSource | undefined {
  return Object.hasOwn(attributes, STATE)
    ? (attributes as { [STATE]: AttributeSource })[STATE]
    : undefined;
}

/** An attribute set whose attributes are read from `source` on every read (it memoises). */
export function attributesFrom(
  names: readonly string[],
  source: AttributeSource,
  kind: AttributeNames = 'declared',
): Record<string, unknown> {
  const dictionary = kind === 'data' || names.length > LARGE_SET;
  const attributes = dictionary ? dictionaryObject() : {};
  if (kind === 'data') DATA_KEYED.add(attributes);
  stateDescriptor.value = source;
  Object.defineProperty(attributes, STATE, stateDescriptor);
  stateDescriptor.value = undefined;
  for (const name of names) Object.defineProperty(attributes, name, descriptorFor(name));
  return attributes;
}
