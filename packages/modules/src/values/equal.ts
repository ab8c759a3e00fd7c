import { isAttributeSet } from './plain.js';
import { force } from './thunk.js';

interface Equatable {
  equals(other: unknown): boolean;
}

function hasEquals(value: object): value is Equatable {
  return typeof (value as Partial<Equatable>).equals === 'function';
}

/** Nix structural equality (`==`); opaque objects compare with `equals` or `Object.is`. */
export function isEqual(leftValue: unknown, rightValue: unknown): boolean {
  const left = force(leftValue);
  const right = force(rightValue);
  if (Object.is(left, right)) return true;
  if (typeof left === 'number' && typeof right === 'number') return left === right;
  if (Array.isArray(left) && Array.isArray(right)) {
    return (
      left.length === right.length && left.every((element, index) => isEqual(element, right[index]))
    );
  }
  if (isAttributeSet(left) && isAttributeSet(right)) {
    const names = Object.keys(left);
    if (names.length !== Object.keys(right).length) return false;
    return names.every((name) => Object.hasOwn(right, name) && isEqual(left[name], right[name]));
  }
  if (typeof left === 'object' && left !== null && hasEquals(left)) return left.equals(right);
  return false;
}
