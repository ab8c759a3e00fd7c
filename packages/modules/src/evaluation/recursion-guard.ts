import { InfiniteRecursionError } from '../errors/errors.js';

/**
 * The option paths being evaluated right now, innermost last. Evaluating an option that is
 * already on the stack is a cycle: the error names every path from its first entry on.
 */
const stack: (readonly string[])[] = [];

export function currentOptionStack(): readonly (readonly string[])[] {
  return [...stack];
}

export function cycleError(path: readonly string[]): InfiniteRecursionError {
  const wanted = path.join('\u0000');
  let start = stack.length - 1;
  while (start >= 0 && stack[start]!.join('\u0000') !== wanted) start -= 1;
  return new InfiniteRecursionError([...stack.slice(Math.max(start, 0)), path]);
}

/** Marks `path` as being evaluated; every push is paired with a `popOption` in a `finally`. */
export function pushOption(path: readonly string[]): void {
  stack.push(path);
}

export function popOption(): void {
  stack.pop();
}
