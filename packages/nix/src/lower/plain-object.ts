/** Plain data objects: `{ … }` literals and `Object.create(null)`, not class instances. */
export function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
