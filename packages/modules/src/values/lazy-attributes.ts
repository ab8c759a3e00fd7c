import { InfiniteRecursionError } from '../errors/errors.js';
import { currentOptionStack } from '../evaluation/recursion-guard.js';

/**
 * An attribute set whose values are computed on first read and memoised: the TypeScript
 * form of a Nix attribute set of thunks. `names` must already be in the wanted order.
 */
export function lazyAttributes(names: readonly string[], compute: (name: string) => unknown): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const name of names) {
    let computing = false;
    Object.defineProperty(attributes, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (computing) throw new InfiniteRecursionError(currentOptionStack());
        computing = true;
        let value: unknown;
        try {
          value = compute(name);
        } finally {
          computing = false;
        }
        Object.defineProperty(attributes, name, { value, enumerable: true, configurable: false, writable: false });
        return value;
      },
    });
  }
  return attributes;
}
