import { compareAttributeNames } from '../syntax/attribute-order.js';

/**
 * Sorting the names of every object was a tenth of the direct path's time, yet a configuration
 * has few shapes: the hosts' `services.*` objects all list the same names in the same order.
 * So the sorted order is remembered per list of names (keyed by its first name, checked name by
 * name), and a repeated shape costs one comparison per name. The result is always the sorted
 * order (code point order, see attribute-order.ts); the memory only saves the work.
 */
interface KnownOrder {
  readonly names: readonly string[];
  readonly sorted: readonly string[];
}

const knownOrders = new Map<string, KnownOrder>();
const knownOrderLimit = 10_000;

/** `names` in attribute order; the caller must not change the returned array. */
export function sortNames(names: string[]): readonly string[] {
  if (names.length < 2) return names;
  const first = names[0] as string;
  const known = knownOrders.get(first);
  if (known !== undefined && sameNames(known.names, names)) return known.sorted;
  const sorted = [...names].sort(compareAttributeNames);
  if (known !== undefined || knownOrders.size < knownOrderLimit)
    knownOrders.set(first, { names, sorted });
  return sorted;
}

function sameNames(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}
