import { InfiniteRecursionError } from '../errors/errors.js';
import { currentOptionStack } from '../evaluation/recursion-guard.js';

/** Marks a name whose value is being computed (re-entry is a cycle). */
const COMPUTING: unique symbol = Symbol('computing');

/** The per-set memo table, kept in one non-enumerable slot of the attribute set. */
interface LazyState {
  readonly compute: (name: string) => unknown;
  readonly onReentry: (name: string) => never;
  readonly values: Map<string, unknown>;
}

const STATE = Symbol('cdknix.modules.lazyAttributesState');

function defaultReentry(): never {
  throw new InfiniteRecursionError(currentOptionStack());
}

function read(state: LazyState, name: string): unknown {
  const values = state.values;
  const known = values.get(name);
  if (known === COMPUTING) state.onReentry(name);
  if (known !== undefined || values.has(name)) return known;
  values.set(name, COMPUTING);
  let value: unknown;
  try {
    value = state.compute(name);
  } catch (error) {
    values.delete(name);
    throw error;
  }
  values.set(name, value);
  return value;
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
      get(this: { [STATE]: LazyState }) {
        return read(this[STATE], name);
      },
    };
    descriptors.set(name, descriptor);
  }
  return descriptor;
}

const stateDescriptor: PropertyDescriptor = {
  configurable: false,
  enumerable: false,
  writable: false,
  value: undefined,
};

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
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  stateDescriptor.value = { compute, onReentry, values: new Map() } satisfies LazyState;
  Object.defineProperty(attributes, STATE, stateDescriptor);
  stateDescriptor.value = undefined;
  for (const name of names) Object.defineProperty(attributes, name, descriptorFor(name));
  return attributes;
}
