import { InfiniteRecursionError } from '../errors/errors.js';
import { currentOptionStack } from '../evaluation/recursion-guard.js';

/** A list whose elements are computed on first read and memoised (Nix list elements are lazy). */
export function lazyList(length: number, compute: (index: number) => unknown): unknown[] {
  const list: unknown[] = new Array(length);
  for (let index = 0; index < length; index += 1) {
    let computing = false;
    Object.defineProperty(list, index, {
      configurable: true,
      enumerable: true,
      get() {
        if (computing) throw new InfiniteRecursionError(currentOptionStack());
        computing = true;
        let value: unknown;
        try {
          value = compute(index);
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
  return list;
}
