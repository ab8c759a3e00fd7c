import { describe, expect, test } from 'vitest';
import { types } from '../index.js';

// What `float(0)` from @cdknix/nix looks like to the evaluator: only the well-known mark.
const markedFloat = { [Symbol.for('cdknix.float')]: true, value: 0 };

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
