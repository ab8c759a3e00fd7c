import { PROPERTY_PROTOTYPES } from '../properties/property.js';
import { hasBrand } from './brand.js';

/**
 * Plain objects are attribute sets; class instances (e.g. package references) are opaque
 * leaves that are never walked or merged key by key.
 */
export function isAttributeSet(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || PROPERTY_PROTOTYPES.has(prototype);
}

export function isOpaque(value: unknown): value is object {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !isAttributeSet(value)
  );
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/**
 * A float written as a whole number (`float(0)` from `@cdknix/nix`): JavaScript has no `0.0`
 * distinct from `0`, so such values carry this well-known mark. This package does not depend
 * on the emitter; the mark, on a value that is not a plain object, is the whole contract.
 */
export const floatMark = Symbol.for('cdknix.float');

export function isMarkedFloat(value: unknown): boolean {
  return hasBrand(value, floatMark);
}

export function isFloat(value: unknown): value is number {
  return (typeof value === 'number' && !Number.isInteger(value)) || isMarkedFloat(value);
}

/** `builtins.typeOf`: the Nix name of a value's kind (a package reference is a `set`). */
export function nixTypeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  if (isFloat(value)) return 'float';
  if (typeof value === 'number') return 'int';
  if (typeof value === 'function') return 'lambda';
  return Array.isArray(value) ? 'list' : 'set';
}

/** Nix orders attribute names by bytes; for the ASCII names of options this is code-unit order. */
export function compareNames(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Insertion sort is quadratic: longer lists than this go to V8's sort. */
const SHORT_LIST = 24;

/**
 * `names` sorted in place. Most name lists are already in order (sets this package builds are
 * laid out sorted), and checking costs less than V8's sort, which copies the array first.
 * Short lists (an option set's names, written in any order) are sorted by insertion, in place:
 * V8's sort allocates a work array of its own for each.
 */
export function sortNames(names: string[]): string[] {
  for (let index = 1; index < names.length; index += 1) {
    if (names[index - 1]! <= names[index]!) continue;
    if (names.length > SHORT_LIST) return names.sort(compareNames);
    for (let unsorted = index; unsorted < names.length; unsorted += 1) {
      const name = names[unsorted]!;
      let slot = unsorted;
      for (; slot > 0 && names[slot - 1]! > name; slot -= 1) names[slot] = names[slot - 1]!;
      names[slot] = name;
    }
    return names;
  }
  return names;
}

export function sortedNames(attributes: object): string[] {
  return sortNames(Object.keys(attributes));
}
