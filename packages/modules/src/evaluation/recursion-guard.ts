import { InfiniteRecursionError } from '../errors/errors.js';
import { ModuleSystemError } from '../errors/module-system-error.js';
import type { AtPath } from '../values/attribute-path.js';

/**
 * The options being evaluated right now, innermost last. Evaluating an option that is already
 * on the stack is a cycle: the error names every path from its first entry on.
 */
const stack: AtPath[] = [];

function pathsOf(options: readonly AtPath[]): (readonly string[])[] {
  return options.map((option) => option.path);
}

export function currentOptionStack(): readonly (readonly string[])[] {
  return pathsOf(stack);
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

/**
 * V8's error when the stack runs out ("Maximum call stack size exceeded"). No regular
 * expression: near the stack's end, compiling one fails with a `SyntaxError` of its own.
 */
export function isStackOverflow(error: unknown): error is RangeError {
  return error instanceof RangeError && error.message.includes('call stack');
}

/** The options being computed when the stack ran out, noted by the innermost to see it. */
const OVERFLOW_CHAIN = Symbol('cdknix.modules.overflowChain');

/**
 * What an option whose computation failed passes on. A stack overflow is noted with the chain
 * of options being computed (only the innermost has it whole: each one leaves the stack as the
 * error passes) and becomes an `InfiniteRecursionError` at the outermost, where the stack has
 * room again: near its end, building the error could overflow in turn. Any other exception
 * that is not the evaluator's own is noted with the option (`optionOfException`).
 */
export function failureOf(error: unknown, option: AtPath): unknown {
  if (!isStackOverflow(error)) {
    noteOptionOfException(error, option.path);
    return error;
  }
  // Copying the stack may overflow too: the next option out then tries again.
  if (!Object.hasOwn(error, OVERFLOW_CHAIN))
    Object.defineProperty(error, OVERFLOW_CHAIN, { value: stack.slice() });
  return stack[0] === option ? stackOverflowError(error) : error;
}

/** The error a stack overflow is reported as, with its chain when an option noted it. */
export function stackOverflowError(error: RangeError): InfiniteRecursionError {
  const chain = (error as { [OVERFLOW_CHAIN]?: readonly AtPath[] })[OVERFLOW_CHAIN] ?? stack;
  return new InfiniteRecursionError(pathsOf(chain), true);
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
