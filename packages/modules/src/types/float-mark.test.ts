import { describe, expect, test } from 'vitest';
import { types } from '../index.js';

// What `float(0)` from @cdknix/nix looks like to the evaluator: an object of a class of its
// own (never a plain object, which is an attribute set) carrying the well-known mark.
const floatMark: unique symbol = Symbol.for('cdknix.float') as never;
class MarkedFloat {
  readonly [floatMark] = true;
  constructor(readonly value: number) {}
}
const markedFloat = new MarkedFloat(0);

describe('whole-number floats', () => {
  test('types.float accepts a value marked as a float, and rejects the plain integer 0 as Nix does', () => {
    expect(types.float.check(markedFloat)).toBe(true);
    expect(types.float.check(0)).toBe(false);
    expect(types.float.check(0.5)).toBe(true);
  });

  test('types.number accepts marked floats too', () => {
    expect(types.number.check(markedFloat)).toBe(true);
  });
});
