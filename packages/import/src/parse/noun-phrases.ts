import type { TypeNode } from './type-node.js';

/**
 * Fixed descriptions of the leaf types in `lib.types`, each with the node it stands for.
 * Matched longest first, and only when the phrase ends at a word boundary.
 */
const nouns: ReadonlyArray<readonly [string, TypeNode]> = [
  ['boolean', { kind: 'boolean' }],
  ['signed integer', { kind: 'integer', range: { kind: 'signed' } }],
  ['unsigned integer, meaning >=0', { kind: 'integer', range: { kind: 'unsigned' } }],
  ['positive integer, meaning >0', { kind: 'integer', range: { kind: 'positive' } }],
  ['floating point number', { kind: 'float' }],
  [
    'nonnegative integer or floating point number, meaning >=0',
    { kind: 'number', range: { kind: 'nonnegative' } },
  ],
  [
    'positive integer or floating point number, meaning >0',
    { kind: 'number', range: { kind: 'positive' } },
  ],
  ['string', { kind: 'string', flavour: 'any' }],
  ['non-empty string', { kind: 'string', flavour: 'nonEmpty' }],
  ['(optionally newline-terminated) single-line string', { kind: 'string', flavour: 'singleLine' }],
  ['null', { kind: 'null' }],
  ['package', { kind: 'package' }],
  ['absolute path', { kind: 'path', inStore: false }],
  ['path', { kind: 'path', inStore: false }],
  ['path in the Nix store', { kind: 'path', inStore: true }],
  ['anything', { kind: 'anything', flavour: 'anything' }],
  ['unspecified value', { kind: 'anything', flavour: 'unspecified' }],
  ['raw value', { kind: 'anything', flavour: 'raw' }],
  ['attribute set', { kind: 'attributeSet' }],
  ['submodule', { kind: 'submodule', freeform: undefined }],
];

export const nounPhrases = [...nouns].sort(
  ([left], [right]) => right.length - left.length || (left < right ? -1 : 1),
);

/**
 * Leaf descriptions that carry numbers: `integer between 0 and 100 (both inclusive)`,
 * `16 bit unsigned integer; between 0 and 65535 (both inclusive)` (ints.u16 and port),
 * `integer or floating point number between 0 and 1 (both inclusive)`.
 */
export const numericPhrases: ReadonlyArray<
  readonly [RegExp, (match: RegExpExecArray) => TypeNode]
> = [
  [
    /^integer or floating point number between (-?[\d.]+) and (-?[\d.]+) \(both inclusive\)/,
    (match) => ({ kind: 'number', range: between(match) }),
  ],
  [
    /^(?:\d+ bit (?:un)?signed )?integer;? between (-?\d+) and (-?\d+) \(both inclusive\)/,
    (match) => ({ kind: 'integer', range: between(match) }),
  ],
];

function between(match: RegExpExecArray) {
  return { kind: 'between' as const, minimum: Number(match[1]), maximum: Number(match[2]) };
}
