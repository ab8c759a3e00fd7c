import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareNames, sortNames } from './plain.js';

describe('sortNames', () => {
  test('orders names by code unit, as Nix orders attribute names, whatever their order was', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 60 }), (names) => {
        const expected = [...names].sort(compareNames);
        expect(sortNames([...names])).toEqual(expected);
        expect(sortNames([...expected])).toEqual(expected);
      }),
    );
  });

  test('gives back the same array when the names are already in order', () => {
    const names = ['a', 'b', 'b', 'c'];
    expect(sortNames(names)).toBe(names);
  });

  test('sorts short and long lists in place', () => {
    const short = ['users', 'tags', 'enable', 'role'];
    expect(sortNames(short)).toBe(short);
    expect(short).toEqual(['enable', 'role', 'tags', 'users']);
    const long = Array.from({ length: 40 }, (_, index) => `n${39 - index}`);
    expect(sortNames(long)).toBe(long);
    expect(long).toEqual([...long].sort(compareNames));
  });
});
