import { InfiniteRecursionError, MissingAttributeError } from '../errors/errors.js';
import type { ShownDefinition } from '../errors/messages.js';
import { isStackOverflow } from '../evaluation/recursion-guard.js';
import type { Source } from '../source.js';
import { isAttributeSet } from './plain.js';
import { force } from './thunk.js';

const DEPTH_LIMIT = 10;

function forceForDisplay(value: unknown, depth: number): unknown {
  const forced = force(value);
  if (depth >= DEPTH_LIMIT) return forced;
  if (Array.isArray(forced)) return forced.map((element) => forceForDisplay(element, depth + 1));
  if (isAttributeSet(forced)) {
    const shown: Record<string, unknown> = {};
    for (const name of Object.keys(forced).sort())
      shown[name] = forceForDisplay(forced[name], depth + 1);
    return shown;
  }
  return forced;
}

/**
 * Errors that Nix's `tryEval` does not catch: infinite recursion (here also a stack overflow)
 * and a missing attribute. Met while showing a definition, they are the error the user sees.
 */
function isUncatchable(error: unknown): boolean {
  return (
    InfiniteRecursionError.is(error) || MissingAttributeError.is(error) || isStackOverflow(error)
  );
}

/**
 * Definitions as an error message shows them: each value forced for display. Like the
 * reference (`tryEval` around pretty-printing), a value that throws is shown without a value;
 * what `tryEval` cannot catch propagates instead (checked with Nix: a definition `{ x =
 * config.zz; }` of an `int` option fails with "attribute 'zz' missing", not a type error).
 */
export function showDefinitions(
  definitions: readonly { value: unknown; source: Source }[],
  display: (value: unknown) => unknown = (value) => value,
): ShownDefinition[] {
  return definitions.map(({ value, source }) => {
    try {
      return { source, value: forceForDisplay(display(value), 0) };
    } catch (error) {
      if (isUncatchable(error)) throw error;
      return { source, hasValue: false };
    }
  });
}
