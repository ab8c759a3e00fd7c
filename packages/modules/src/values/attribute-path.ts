import { MissingAttributeError } from '../errors/errors.js';
import { isAttributeSet } from './plain.js';
import { force } from './thunk.js';

/**
 * Something at an option path (an option, a group, a merge): the path is read only when it is
 * needed, for a message or a nested evaluation, so it may be built then.
 */
export interface AtPath {
  readonly path: readonly string[];
}

/**
 * Names a plain object or a property inherits (`toString`, `kind`): reading one does not tell
 * whether the set has it as an attribute.
 */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'kind']);

/** `value.a.b` in Nix: selects a path, failing with a typed error naming the missing attribute. */
export function getAttributePath(value: unknown, path: readonly string[]): unknown {
  let current = force(value);
  for (let index = 0; index < path.length; index += 1) {
    const name = path[index]!;
    if (!isAttributeSet(current)) throw missing(current, path, index);
    // One read, and a membership test only when the read cannot tell (most reads go through
    // a proxy or a getter, where a separate test costs as much as the read).
    const next = current[name];
    if ((next === undefined || INHERITED.has(name)) && !Object.hasOwn(current, name))
      throw missing(current, path, index);
    current = force(next);
  }
  return current;
}

function missing(current: unknown, path: readonly string[], index: number): MissingAttributeError {
  return new MissingAttributeError(
    path.slice(0, index + 1),
    isAttributeSet(current) ? Object.keys(current) : [],
  );
}
