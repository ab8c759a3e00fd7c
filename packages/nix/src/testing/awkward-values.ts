// fast-check arbitraries for values that stress an emitter: every awkward string and key
// (keywords, `${`, `''`, quotes, backslashes, CR, tabs, unicode, empty, dots, leading digits)
// and numbers at the edges of what Nix can read.
import fc from 'fast-check';
import { findTextProblem } from '../syntax/text-validity.js';

const awkwardPieces = [
  '',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '$',
  '{',
  '}',
  '${',
  '$${',
  '\\${',
  "'",
  "''",
  "'''",
  "''$",
  "''\\",
  '"',
  '\\',
  '\\n',
  'a',
  'Z',
  '_',
  '-',
  '.',
  '1',
  '2fa',
  'if',
  'then',
  'else',
  'assert',
  'with',
  'let',
  'in',
  'rec',
  'inherit',
  'or',
  'true',
  'null',
  '__curPos',
  'é',
  'ü',
  '€',
  '😀',
  '\u2028',
  '\u00a0',
  '\x01',
  '\x1b',
  '\x7f',
  '\uffff',
  '\ue000',
  '#',
  '/*',
  '*/',
  ';',
  '=',
];

/** Text built from awkward pieces and random unicode, always representable in Nix. */
export const awkwardText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...awkwardPieces) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''))
  .filter((text) => findTextProblem(text) === undefined);

/** Lines of text: what indented strings are made of (leading spaces, blank lines, trailing `'`). */
export const multilineText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '\t'), awkwardText), {
    minLength: 1,
    maxLength: 5,
  })
  .map((lines) =>
    lines.map(([indentation, text]) => indentation + text.replaceAll('\r', '')).join('\n'),
  );

export const awkwardKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'if',
    'or',
    'inherit',
    '',
    'a.b',
    '2fa',
    '-a',
    "a'",
    'a-b',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix `${` text, not a JS template
    '${x}',
    'é',
    '__proto__',
    'outPath',
    '"',
    '\\',
  ),
  awkwardText,
);

/** Doubles Nix can read back: finite, not subnormal; integral ones only where JSON keeps them ints. */
export const readableDouble: fc.Arbitrary<number> = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((value) => value === 0 || Math.abs(value) >= 2.2250738585072014e-308)
  .filter(
    (value) => !Number.isInteger(value) || Math.abs(value) < 2 ** 53 || Math.abs(value) >= 1e21,
  );

export const int64: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n, 0n, -1n),
);

export const leafValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.maxSafeInteger(),
  readableDouble,
  int64,
  awkwardText,
  multilineText,
);

/** Nested lists and objects of awkward leaves and keys. */
export const nestedValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafValue,
    tie('list'),
    tie('set'),
  ),
  list: fc.array(tie('value'), { maxLength: 4 }),
  set: fc.dictionary(awkwardKey, tie('value'), { maxKeys: 4, noNullPrototype: false }),
})).value;
