import type { OptionType } from '../types/option-type.js';
import { lazyAttributes } from '../values/lazy-attributes.js';
import { compareNames, isAttributeSet } from '../values/plain.js';
import { force } from '../values/thunk.js';
import type { UnmatchedDefinition } from './group-node.js';

function nest(prefix: readonly string[], value: unknown): unknown {
  return prefix.reduceRight<unknown>((inner, name) => ({ [name]: inner }), value);
}

/** The freeform part of a configuration: every unmatched definition merged by the freeform type. */
export function freeformValue(
  path: readonly string[],
  type: OptionType,
  unmatched: readonly UnmatchedDefinition[],
): unknown {
  if (unmatched.length === 0) return {};
  return type.merge(
    path,
    unmatched.map((definition) => ({
      value: nest(definition.prefix, definition.value),
      source: definition.source,
    })),
  );
}

/**
 * `lib.recursiveUpdate freeform declared`: declared values win; attribute sets present on
 * both sides are combined key by key, lazily.
 */
export function recursiveUpdate(lower: unknown, upper: unknown): Record<string, unknown> {
  const below = force(lower) as Record<string, unknown>;
  const above = force(upper) as Record<string, unknown>;
  const names = [...new Set([...Object.keys(below), ...Object.keys(above)])].sort(compareNames);
  return lazyAttributes(names, (name) => {
    if (!Object.hasOwn(above, name)) return below[name];
    if (!Object.hasOwn(below, name)) return above[name];
    const belowValue = force(below[name]);
    const aboveValue = force(above[name]);
    return isAttributeSet(belowValue) && isAttributeSet(aboveValue)
      ? recursiveUpdate(belowValue, aboveValue)
      : aboveValue;
  });
}
