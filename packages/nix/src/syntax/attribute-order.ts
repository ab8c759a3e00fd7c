/**
 * The order of attribute names in emitted sets: Unicode code point order, which is the byte
 * order of the names' UTF-8 encoding, the same order `builtins.attrNames` uses. It differs from
 * JavaScript's default `<` (UTF-16 code units) only for characters above U+FFFF against
 * characters from U+E000 to U+FFFF.
 */
export function compareAttributeNames(left: string, right: string): number {
  if (left === right) return 0;
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const leftUnit = left.charCodeAt(index);
    const rightUnit = right.charCodeAt(index);
    if (leftUnit === rightUnit) continue;
    if (leftUnit >= 0xd800 && rightUnit >= 0xd800) {
      return (left.codePointAt(index) ?? 0) - (right.codePointAt(index) ?? 0);
    }
    return leftUnit - rightUnit;
  }
  return left.length - right.length;
}

/** Dotted paths compare segment by segment, so `a.b` and `a.c` stay next to each other. */
export function compareAttributePaths(left: readonly string[], right: readonly string[]): number {
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const order = compareAttributeNames(left[index] ?? '', right[index] ?? '');
    if (order !== 0) return order;
  }
  return left.length - right.length;
}
