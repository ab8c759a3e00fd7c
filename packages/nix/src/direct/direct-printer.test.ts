// The direct path must give the general path's bytes exactly: every value is printed both ways
// and compared. Plain data must take the direct path (printDirect gives a string); values with
// Nix nodes, problems, cycles or deep nesting must give the same text or the same error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NixEmitError } from '../errors/nix-emit-error.js';
import { awkwardKey, awkwardText, leafValue, multilineText } from '../testing/awkward-values.js';
import { printLowered, toNix } from '../to-nix.js';
import { withComment } from '../values/comment.js';
import { float } from '../values/float.js';
import { nix } from '../values/interpolated-string.js';
import type { NixValue } from '../values/nix-value.js';
import { path } from '../values/path.js';
import { ref } from '../values/reference.js';
import { mkIf } from '../values/wrappers/condition.js';
import { mkMerge } from '../values/wrappers/merge.js';
import { mkForce } from '../values/wrappers/override.js';
import { printDirect } from './direct-printer.js';
import { maximumDepth } from './fall-back.js';

const seed = Number(process.env.CDKNIX_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const parameters = { seed, numRuns: 2_000 };

/** Strings around the 100-column line limit, where one-line forms stop fitting. */
const wideText = fc
  .integer({ min: 60, max: 110 })
  .chain((length) => fc.string({ minLength: length, maxLength: length, unit: 'grapheme-ascii' }));

const plainLeaf = fc.oneof(
  { weight: 6, arbitrary: leafValue },
  { weight: 1, arbitrary: wideText },
  { weight: 1, arbitrary: fc.constantFrom(-0, -1, -(2n ** 63n), 1e21, 1e-7, 0.1, -2.5) },
);

/** Plain data: nested lists and objects, with one-attribute chains and one-element lists. */
const plainValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plainLeaf,
    tie('list'),
    tie('set'),
    tie('chain'),
  ),
  list: fc.array(tie('value'), { maxLength: 3 }),
  set: fc.dictionary(awkwardKey, fc.option(tie('value'), { nil: undefined, freq: 8 }), {
    maxKeys: 4,
    noNullPrototype: false,
  }),
  chain: fc
    .tuple(fc.array(awkwardKey, { minLength: 1, maxLength: 3 }), tie('value'))
    .map(([names, inner]) =>
      names.reduceRight<unknown>((value, name) => ({ [name]: value }), inner),
    ),
})).value;

/** A wrapper around `value`, or `value` in a set where that nesting is refused (`mkForce(mkIf …)`). */
function wrapped(wrap: () => unknown, value: unknown): unknown {
  try {
    return wrap();
  } catch {
    return { wrapped: value };
  }
}

/** Nix-only nodes that may appear anywhere, including comments that move to their binding. */
const nodeOf = (inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    inner.map((value) => wrapped(() => mkForce(value as NixValue), value)),
    fc.tuple(inner, awkwardText).map(([value, comment]) => withComment(value as NixValue, comment)),
    inner.map((value) => wrapped(() => mkIf(ref('config', 'enable'), value as NixValue), value)),
    fc.array(inner, { maxLength: 2 }).map((values) => mkMerge(values as NixValue[])),
    fc.constantFrom(ref('pkgs', 'git'), ref('pkgs'), path('./a b'), float(2)),
    multilineText.map((text) => nix`${ref('pkgs', 'git')}/bin/git ${text}`),
  );

const mixedValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plainLeaf,
    nodeOf(tie('value')),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(awkwardKey, fc.constantFrom('pkgs', 'git')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** The text, or the error's class, message and problem count: what a caller can observe. */
function outcome(print: () => string): string {
  try {
    return print();
  } catch (error) {
    if (!NixEmitError.isNixEmitError(error)) throw error;
    return `${error.constructor.name}: ${error.message} (${error.problems.length} problems)`;
  }
}

describe('the direct printer', () => {
  it('prints plain data byte for byte as the general path does', () => {
    fc.assert(
      fc.property(plainValue, (value) => {
        expect(printDirect(value)).toBe(printLowered(value as NixValue, undefined));
      }),
      parameters,
    );
  });

  it('gives toNix the general path text or error for values mixing in Nix nodes', () => {
    fc.assert(
      fc.property(mixedValue, (value) => {
        const direct = outcome(() => toNix(value as NixValue));
        expect(direct).toBe(outcome(() => printLowered(value as NixValue, undefined)));
      }),
      parameters,
    );
  });

  it('breaks lines at exactly the column where the general path does', () => {
    const shapes = (text: string, key: string): unknown[] => [
      { [key]: [text] },
      { [key]: [[text]] },
      { [key]: [{ [key]: text }] },
      { [key]: [{ a: { b: -1.5 } }, { [key]: [text] }] },
      [{ [key]: text }],
      [[text]],
      [text],
      [-text.length],
    ];
    for (let length = 80; length <= 100; length++) {
      for (const key of ['a', 'abcd', 'a.b', 'abcdefghij']) {
        for (const value of shapes('x'.repeat(length), key)) {
          expect(printDirect(value)).toBe(printLowered(value as NixValue, undefined));
        }
      }
    }
  });

  it('leaves values with problems to the general path, which names them all', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { only: cyclic };
    const problems: unknown[] = [
      { a: Number.NaN, b: 'nul\0' },
      [1, undefined],
      { deep: { list: [2n ** 64n] } },
      cyclic,
      { key: [{ chain: cyclic }] },
      { 'bad\0key': 1 },
      new Date(0),
      () => 1,
    ];
    for (const value of problems) {
      expect(printDirect(value)).toBeUndefined();
      expect(outcome(() => toNix(value as NixValue))).toBe(
        outcome(() => printLowered(value as NixValue, undefined)),
      );
    }
  });

  it('leaves nesting deeper than the depth limit to the general path', () => {
    let deep: unknown = 1;
    for (let level = 0; level <= maximumDepth; level++) deep = [deep, level];
    expect(printDirect(deep)).toBeUndefined();
    expect(printDirect([[[1, 2]]])).toBe('[\n  [\n    [\n      1\n      2\n    ]\n  ]\n]');
  });

  it('hands each binding or element holding a node to the general path, keeping its comment', () => {
    const value = {
      plain: { b: 2, a: [-1] },
      forced: { x: mkForce([1, 2]) },
      commented: [withComment({ a: 1 }, 'from aspects/ssh')],
    };
    expect(printDirect(value)).toBe(printLowered(value, undefined));
    expect(printDirect(value)).toContain('    # from aspects/ssh\n    { a = 1; }');
  });
});
