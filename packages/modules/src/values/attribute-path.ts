import { MissingAttributeError } from '../errors/errors.js';
import { isAttributeSet } from './plain.js';
import { force } from './thunk.js';

/** `value.a.b` in Nix: selects a path, failing with a typed error naming the missing attribute. */
export function getAttributePath(value: unknown, path: readonly string[]): unknown {
  let current = force(value);
  for (let index = 0; index < path.length; index += 1) {
    const name = path[index]!;
    if (!isAttributeSet(current) || !Object.hasOwn(current, name)) {
      throw new MissingAttributeError(
        path.slice(0, index + 1),
        isAttributeSet(current) ? Object.keys(current) : [],
      );
    }
    current = force(current[name]);
  }
  return current;
}
