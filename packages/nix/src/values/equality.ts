import { isNixNode } from './nix-node.js';

/**
 * Structural equality of two values as Nix would see them once written: `1` and `1n` are the
 * same int, attribute order does not matter, attributes set to `undefined` are absent, and
 * nodes compare with their own `equals`.
 */
export function nixValuesEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left === 'bigint' || typeof right === 'bigint') return isSameInteger(left, right);
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null)
    return false;
  if (isNixNode(left)) return left.equals(right);
  if (isNixNode(right)) return right.equals(left);
  if (Array.isArray(left) || Array.isArray(right)) return arraysEqual(left, right);
  return attributesEqual(left as Record<string, unknown>, right as Record<string, unknown>);
}

function isSameInteger(left: unknown, right: unknown): boolean {
  const asBigint = (value: unknown) =>
    typeof value === 'bigint'
      ? value
      : typeof value === 'number' && Number.isInteger(value)
        ? BigInt(value)
        : undefined;
  const leftInteger = asBigint(left);
  return leftInteger !== undefined && leftInteger === asBigint(right);
}

function arraysEqual(left: unknown, right: unknown): boolean {
  if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
  return left.every((element, index) => nixValuesEqual(element, right[index]));
}

function attributesEqual(left: Record<string, unknown>, right: Record<string, unknown>): boolean {
  const definedKeys = (value: Record<string, unknown>) =>
    Object.keys(value).filter((key) => value[key] !== undefined);
  const leftKeys = definedKeys(left);
  if (leftKeys.length !== definedKeys(right).length) return false;
  return leftKeys.every(
    (key) => Object.hasOwn(right, key) && nixValuesEqual(left[key], right[key]),
  );
}
