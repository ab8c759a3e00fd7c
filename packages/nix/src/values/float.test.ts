import { describe, expect, test } from 'vitest';
import { toNix } from '../to-nix.js';
import { float } from './float.js';

describe('float', () => {
  test('a whole-number float is written with a dot, so Nix reads a float', () => {
    expect(toNix({ delay: float(0), scale: float(2), negative: [float(-3)] })).toContain(
      'delay = 0.0;',
    );
    expect(toNix([float(-3)])).toBe('[ (-3.0) ]');
  });

  test('a float with a fraction is written as the plain number is', () => {
    expect(toNix(float(0.25))).toBe('0.25');
  });

  test('equals compares values, also against plain numbers', () => {
    expect(float(1).equals(float(1))).toBe(true);
    expect(float(1).equals(2)).toBe(false);
  });

  test('non-finite values are refused at construction', () => {
    expect(() => float(Number.NaN)).toThrow(RangeError);
  });
});
