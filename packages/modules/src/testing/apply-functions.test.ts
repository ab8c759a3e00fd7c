import { expect, test } from 'vitest';
import { applyFunctions } from './apply-functions.js';

test("reverse reads each element only when the result's is read, as lib.reverseList (Nix 2.8)", () => {
  // Nix: with `apply = lib.reverseList`, of two failing elements the LAST one's error is raised
  // first (found by the differential check).
  const reads: number[] = [];
  const list: number[] = [];
  for (let index = 0; index < 3; index += 1)
    Object.defineProperty(list, index, {
      enumerable: true,
      get: () => {
        reads.push(index);
        return index * 10;
      },
    });
  const reversed = applyFunctions.reverse!(list) as number[];
  expect(reads).toEqual([]);
  expect(reversed[0]).toBe(20);
  expect(reads).toEqual([2]);
  expect([...reversed]).toEqual([20, 10, 0]);
});
