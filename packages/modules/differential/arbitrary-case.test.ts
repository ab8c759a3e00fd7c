/**
 * The random cases of the differential check, without Nix: whatever modules a user writes,
 * the evaluator answers with a value or one of the format's typed errors, never a stack
 * overflow or an error it did not mean to raise. (`pnpm conformance:differential` compares the
 * answers themselves with real Nix.)
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runQuery } from '../src/testing/index.js';
import { arbitraryCase } from './arbitrary-case.js';

/** FORMAT.md's error kinds. */
const KINDS = [
  'infinite-recursion',
  'unknown-option',
  'type',
  'conflict',
  'not-unique',
  'no-value',
  'read-only',
  'class',
  'declaration',
  'not-attrs',
  'condition',
  'missing',
  'throw',
];

/** `CASES=5000 vitest run differential` searches longer (a failure prints its seed). */
const CASES = Number(process.env.CASES ?? 300);

test('every random case is answered with a value or an error of a kind the format knows', () => {
  fc.assert(
    fc.property(arbitraryCase(), (conformanceCase) => {
      for (const query of conformanceCase.expect) {
        const outcome = runQuery(conformanceCase, query);
        if ('error' in outcome) expect(KINDS).toContain(outcome.error);
      }
    }),
    { numRuns: CASES },
  );
});
