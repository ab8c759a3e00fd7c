import { InfiniteRecursionError } from '../errors/errors.js';
import { currentOptionStack } from '../evaluation/recursion-guard.js';

const PENDING = 0;
const COMPUTING = 1;
const DONE = 2;

/**
 * An attribute set whose values are computed on first read and memoised: the TypeScript
 * form of a Nix attribute set of thunks. `names` must already be in the wanted order.
 * (The getters stay in place: redefining them as data properties on first read sends V8
 * objects into slow dictionary mode, which cost more than it saved.)
 */
export function lazyAttributes(
  names: readonly string[],
  compute: (name: string) => unknown,
  onReentry: (name: string) => never = () => {
    throw new InfiniteRecursionError(currentOptionStack());
  },
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  const descriptors: PropertyDescriptorMap = {};
  for (const name of names) {
    let state = PENDING;
    let value: unknown;
    descriptors[name] = {
      configurable: false,
      enumerable: true,
      get() {
        if (state === DONE) return value;
        if (state === COMPUTING) onReentry(name);
        state = COMPUTING;
        try {
          value = compute(name);
        } catch (error) {
          state = PENDING;
          throw error;
        }
        state = DONE;
        return value;
      },
    };
  }
  Object.defineProperties(attributes, descriptors);
  return attributes;
}
