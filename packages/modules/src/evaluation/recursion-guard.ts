import { InfiniteRecursionError } from '../errors/errors.js';
import { ModuleSystemError } from '../errors/module-system-error.js';
import type { AtPath } from '../values/attribute-path.js';

/**
 * The options being evaluated right now, innermost last. Evaluating an option that is already
 * on the stack is a cycle: the error names every path from its first entry on.
 */
const stack: AtPath[] = [];

export function currentOptionStack(): readonly (readonly string[])[] {
  return stack.map((option) => option.path);
}

export function cycleError(path: readonly string[]): InfiniteRecursionError {
  const wanted = path.join('\u0000');
  const paths = currentOptionStack();
  let start = paths.length - 1;
  while (start >= 0 && paths[start]!.join('\u0000') !== wanted) start -= 1;
  return new InfiniteRecursionError([...paths.slice(Math.max(start, 0)), path]);
}

/** Marks `option` as being evaluated; every push is paired with a `popOption` in a `finally`. */
export function pushOption(option: AtPath): void {
  stack.push(option);
}

export function popOption(): void {
  stack.pop();
}

const OPTION_OF_EXCEPTION = Symbol.for('cdknix.modules.optionOfException');

/**
 * Records on an exception that is not the evaluator's own (a `TypeError` in a user's thunk)
 * the option whose value was being computed when it was thrown: the innermost one, so the
 * first to see it.
 */
export function noteOptionOfException(error: unknown, path: readonly string[]): void {
  if (typeof error !== 'object' || error === null || OPTION_OF_EXCEPTION in error) return;
  if (ModuleSystemError.is(error) || !Object.isExtensible(error)) return;
  Object.defineProperty(error, OPTION_OF_EXCEPTION, { value: path });
}

/** The option being computed when `error` was thrown, if the evaluator saw it go by. */
export function optionOfException(error: unknown): readonly string[] | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as Record<symbol, readonly string[] | undefined>)[OPTION_OF_EXCEPTION];
}
