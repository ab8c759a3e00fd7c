import { dictionaryObject, isDataKeyed } from './lazy-attributes.js';
import { isAttributeSet, sortedNames } from './plain.js';
import { force } from './thunk.js';

/**
 * Forces a value completely, as `nix-instantiate --strict` does: attributes in byte order of
 * their names, list elements in order. The first error met is the one thrown. Returns plain
 * data (opaque objects are kept as they are).
 */
export function deepForce(value: unknown): unknown {
  const forced = force(value);
  if (Array.isArray(forced)) {
    const result: unknown[] = new Array(forced.length);
    for (let index = 0; index < forced.length; index += 1) result[index] = deepForce(forced[index]);
    return result;
  }
  if (isAttributeSet(forced)) {
    // Copies of data-keyed sets stay in dictionary mode (see `AttributeNames`).
    const result = isDataKeyed(forced) ? dictionaryObject() : {};
    const names = sortedNames(forced);
    for (let index = 0; index < names.length; index += 1)
      result[names[index]!] = deepForce(forced[names[index]!]);
    return result;
  }
  return forced;
}
