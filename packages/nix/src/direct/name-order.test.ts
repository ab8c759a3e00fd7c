import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAttributeNames } from '../syntax/attribute-order.js';
import { awkwardKey } from '../testing/awkward-values.js';
import { sortNames } from './name-order.js';

describe('sortNames', () => {
  it('gives the code point order for every list, remembered shapes and new ones alike', () => {
    const shape = fc.uniqueArray(fc.oneof(awkwardKey, fc.constantFrom('a', 'b', '\u{1f600}')), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 8 }), (shapes) => {
        // Each shape twice, so the second time reads the remembered order.
        for (const names of [...shapes, ...shapes]) {
          expect(sortNames([...names])).toEqual([...names].sort(compareAttributeNames));
        }
      }),
    );
  });

  it('tells apart lists that share a first name', () => {
    expect(sortNames(['b', 'a'])).toEqual(['a', 'b']);
    expect(sortNames(['b', 'c', 'a'])).toEqual(['a', 'b', 'c']);
    expect(sortNames(['b', '\u{1f600}', '\ue000'])).toEqual(['b', '\ue000', '\u{1f600}']);
  });
});
