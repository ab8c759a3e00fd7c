/**
 * Values the module system makes (properties, option declarations, option types, literals,
 * floats) carry a brand, a well-known symbol, on a prototype of their own. Attribute sets are
 * plain objects and never carry one, so their prototype alone answers. Looking the symbol up on
 * them would be slow: every module's config has its own keys (`h42`, `u1280`), so such lookups
 * meet thousands of object shapes and miss V8's inline caches. Lists are never branded either
 * (a brand is on a prototype this package makes), and `force` asks about every list it meets:
 * looking a symbol up through `Array.prototype` is a miss V8 does not cache well.
 */
export function hasBrand(value: unknown, brand: symbol): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null || prototype === Array.prototype)
    return false;
  return (value as Record<symbol, unknown>)[brand] === true;
}

/** A prototype carrying `brand` (and nothing else): the base of branded values. */
export function brandedPrototype(brand: symbol): object {
  return Object.freeze({ [brand]: true });
}
