import { describe, expect, test } from 'vitest';
import { lazyAttributes } from './lazy-attributes.js';

describe('lazyAttributes', () => {
  test('two sets with the same names keep their own values, computed once on read', () => {
    const calls: string[] = [];
    const left = lazyAttributes(['a', 'b'], (name) => {
      calls.push(`left.${name}`);
      return `left ${name}`;
    });
    const right = lazyAttributes(['a', 'b'], (name) => `right ${name}`);
    expect(left.a).toBe('left a');
    expect(left.a).toBe('left a');
    expect(right.a).toBe('right a');
    expect(calls).toEqual(['left.a']);
    expect(Object.keys(left)).toEqual(['a', 'b']);
    expect({ ...right }).toEqual({ a: 'right a', b: 'right b' });
  });

  test('reading an attribute while it is being computed is reported as re-entry', () => {
    const attributes: Record<string, unknown> = lazyAttributes(
      ['loop'],
      () => attributes.loop,
      (name) => {
        throw new Error(`cycle at ${name}`);
      },
    );
    expect(() => attributes.loop).toThrow('cycle at loop');
  });

  test('a failed computation is tried again on the next read', () => {
    let attempts = 0;
    const attributes = lazyAttributes(['flaky'], () => {
      attempts += 1;
      if (attempts === 1) throw new Error('first attempt fails');
      return attempts;
    });
    expect(() => attributes.flaky).toThrow('first attempt fails');
    expect(attributes.flaky).toBe(2);
  });
});
