import { ConditionError } from '../errors/errors.js';
import type { Source } from '../source.js';
import { force } from '../values/thunk.js';
import { isProperty } from './property.js';

/**
 * Interprets `mkMerge` and `mkIf` in one definition (forcing it to its outer shape only):
 * `mkMerge [ 1 (mkIf true 2) (mkIf false 3) ]` gives `[ 1 2 ]`. `mkOverride` and `mkOrder`
 * are left in place for the later stages, and an `mkIf` nested inside them is NOT
 * discharged, as in the reference.
 */
export function dischargeProperties(
  value: unknown,
  path: readonly string[],
  source: Source,
): unknown[] {
  const discharged: unknown[] = [];
  collect(value, path, source, discharged);
  return discharged;
}

function collect(value: unknown, path: readonly string[], source: Source, into: unknown[]): void {
  const forced = force(value);
  if (!isProperty(forced)) {
    into.push(forced);
    return;
  }
  switch (forced.kind) {
    case 'merge':
      for (const content of forced.contents) collect(content, path, source, into);
      return;
    case 'if': {
      const condition = force(forced.condition);
      if (typeof condition !== 'boolean') throw new ConditionError(path, source, condition);
      if (condition) collect(forced.content, path, source, into);
      return;
    }
    case 'override':
    case 'order':
      into.push(forced);
      return;
  }
}
