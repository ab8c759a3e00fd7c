import { InfiniteRecursionError } from '../errors/errors.js';
import { currentOptionStack } from '../evaluation/recursion-guard.js';

/**
 * Makes `list[index]` computed on first read and memoised (Nix list elements are lazy); the
 * other elements stay as they are. Re-entering the computation is a cycle.
 */
export function defineLazyElement(list: unknown[], index: number, compute: () => unknown): void {
  let computing = false;
  Object.defineProperty(list, index, {
    configurable: true,
    enumerable: true,
    get() {
      if (computing) throw new InfiniteRecursionError(currentOptionStack());
      computing = true;
      let value: unknown;
      try {
        value = compute();
      } finally {
        computing = false;
      }
      Object.defineProperty(list, index, {
        value,
        enumerable: true,
        configurable: false,
        writable: false,
      });
      return value;
    },
  });
}
