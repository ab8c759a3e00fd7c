import { isPlainObject } from '../lower/plain-object.js';
import { nixNodeBrand } from '../values/nix-node.js';

/**
 * The names of a plain object's defined attributes (in key order, not sorted), or undefined for
 * anything else: arrays, Nix nodes, class instances. An attribute set to `undefined` is left
 * out, as the general path does (docs/decisions/0102).
 */
export function definedNamesOf(value: object): string[] | undefined {
  if ((value as { [nixNodeBrand]?: unknown })[nixNodeBrand] === true) return undefined;
  if (Array.isArray(value) || !isPlainObject(value)) return undefined;
  const names = Object.keys(value);
  for (const name of names)
    if (value[name] === undefined) return names.filter((each) => value[each] !== undefined);
  return names;
}

/** A JS array that is not a Nix node (a node is never printed directly). */
export function isPlainArray(value: object): value is readonly unknown[] {
  return Array.isArray(value) && (value as { [nixNodeBrand]?: unknown })[nixNodeBrand] !== true;
}
