// Round trips through real Nix: emit with toNix, evaluate with nix-instantiate, and compare inside
// Nix with the input decoded by Nix's own builtins.fromJSON (exact for ints, floats and strings,
// unlike Nix 2.8's 6-digit float printing). Many values share one nix-instantiate call.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { evaluateJson } from '@cdknix/nix-testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAttributeNames } from './syntax/attribute-order.js';
import { awkwardKey, awkwardText, multilineText, nestedValue } from './testing/awkward-values.js';
import { toOracleJson } from './testing/json-oracle.js';
import { toNix } from './to-nix.js';
import { nix } from './values/interpolated-string.js';
import type { NixValue } from './values/nix-value.js';
import { path } from './values/path.js';
import { ref } from './values/reference.js';

const seed = Number(process.env.CDKNIX_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, offset: number): T[] =>
  fc.sample(arbitrary, { numRuns, seed: seed + offset });

// `sameTypes` makes `3.0 == 3` (true in Nix) count as a mismatch: ints must stay ints.
const sameTypes = `sameTypes = a: b:
    builtins.typeOf a == builtins.typeOf b
    && (if builtins.isList a then builtins.length a == builtins.length b
          && builtins.all (i: sameTypes (builtins.elemAt a i) (builtins.elemAt b i)) (builtins.genList (i: i) (builtins.length a))
        else if builtins.isAttrs a then builtins.attrNames a == builtins.attrNames b
          && builtins.all (n: sameTypes a.\${n} b.\${n}) (builtins.attrNames a)
        else true);`;

/** Evaluates `checks` (Nix expressions of booleans, with `expected` bound) and names every false one. */
function failingChecks(
  expected: readonly unknown[],
  checks: readonly string[],
  bindings = '',
): number[] {
  const directory = mkdtempSync(join(tmpdir(), 'cdknix-round-trip-'));
  try {
    writeFileSync(join(directory, 'expected.json'), `[${expected.map(toOracleJson).join(',')}]`);
    const source = `let\n  expected = builtins.fromJSON (builtins.readFile ${directory}/expected.json);\n  ${sameTypes}\n${bindings}\nin [\n${checks.map((check) => `(${check})`).join('\n')}\n]\n`;
    const results = evaluateJson(source) as boolean[];
    return results.flatMap((result, index) => (result ? [] : [index]));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function expectRoundTrips(values: readonly unknown[]): void {
  const emitted = values.map((value) => toNix(value as NixValue));
  const checks = emitted.map(
    (text, index) =>
      `let value = (\n${text}\n); want = builtins.elemAt expected ${index}; in value == want && sameTypes value want`,
  );
  const failures = failingChecks(values, checks);
  const report = failures
    .slice(0, 3)
    .map((index) => `${toOracleJson(values[index])}\n=> ${emitted[index]}`);
  expect(report, `seed ${seed} (set CDKNIX_PROPERTY_SEED to replay)`).toEqual([]);
}

describe('toNix round trips through nix-instantiate', () => {
  it('nested values with awkward keys, strings and numbers evaluate to the input', () => {
    expectRoundTrips(sample(nestedValue, 1500, 0));
  });

  it('awkward strings, alone and multi-line (indented strings), evaluate to the input', () => {
    expectRoundTrips([...sample(awkwardText, 2500, 1), ...sample(multilineText, 2500, 2)]);
  });

  it('objects keyed by awkward names evaluate to the input, dotted chains included', () => {
    const objects = sample(
      fc.dictionary(
        awkwardKey,
        fc.oneof(fc.integer(), fc.dictionary(awkwardKey, fc.boolean(), { maxKeys: 1 })),
        { maxKeys: 5 },
      ),
      800,
      3,
    );
    expectRoundTrips(objects);
  });

  it('integers at the int64 edges and large doubles keep their exact value and type', () => {
    const values = [
      0,
      -0,
      1,
      -1,
      2 ** 53,
      -(2 ** 53),
      2 ** 60,
      -(2 ** 63),
      1e21,
      -1e21,
      1.7976931348623157e308,
      2.2250738585072014e-308,
      0.1,
      5e-7,
      123456.789,
    ];
    const emitted = values.map((value) => toNix(value));
    const literals = [
      '0',
      '0',
      '1',
      '-1',
      '9007199254740992',
      '-9007199254740992',
      '1152921504606846976',
      '-9223372036854775807 - 1',
      '1.0e21',
      '-1.0e21',
      '1.7976931348623157e308',
      '2.2250738585072014e-308',
      '0.1',
      '5.0e-7',
      '123456.789',
    ];
    const checks = emitted.map(
      (text, index) =>
        `let value = (${text}); in value == (${literals[index]}) && builtins.typeOf value == builtins.typeOf (${literals[index]})`,
    );
    expect(failingChecks([], checks)).toEqual([]);
    expect(emitted.slice(6, 9)).toEqual([
      '1152921504606846976',
      '(-9223372036854775807 - 1)',
      '1.0e+21',
    ]);
  });
});

describe('attribute order', () => {
  it('is the order builtins.attrNames gives, for awkward and non-BMP names', () => {
    const keySets = sample(fc.uniqueArray(awkwardKey, { maxLength: 8 }), 300, 4);
    const checks = keySets.map((keys, index) => {
      const set = Object.fromEntries(keys.map((key) => [key, 1]));
      return `builtins.attrNames (${toNix(set)}) == builtins.elemAt expected ${index}`;
    });
    const expected = keySets.map((keys) => [...keys].sort(compareAttributeNames));
    expect(failingChecks(expected, checks)).toEqual([]);
  });
});

describe('nix`…` interpolated strings', () => {
  it('evaluate to the literal parts joined with the interpolated values', () => {
    const pieces = sample(
      fc.array(fc.tuple(fc.oneof(awkwardText, multilineText), awkwardText), {
        minLength: 1,
        maxLength: 3,
      }),
      600,
      5,
    );
    const holes = pieces.map((parts) => parts.map(([, hole]) => hole));
    const expected = pieces.map((parts) => parts.map(([text, hole]) => text + hole).join(''));
    const checks = pieces.map((parts, index) => {
      const literals = [...parts.map(([text]) => text), ''];
      const template = Object.assign([...literals], {
        raw: literals,
      }) as unknown as TemplateStringsArray;
      const node = nix(template, ...parts.map((_, hole) => ref(`hole${hole}`)));
      const bindings = parts
        .map((_, hole) => `hole${hole} = builtins.elemAt (builtins.elemAt holes ${index}) ${hole};`)
        .join(' ');
      return `let ${bindings} in (${toNix(node)}) == builtins.elemAt expected ${index}`;
    });
    const holesFile = mkdtempSync(join(tmpdir(), 'cdknix-holes-'));
    try {
      writeFileSync(join(holesFile, 'holes.json'), JSON.stringify(holes));
      expect(
        failingChecks(
          expected,
          checks,
          `  holes = builtins.fromJSON (builtins.readFile ${holesFile}/holes.json);`,
        ),
      ).toEqual([]);
    } finally {
      rmSync(holesFile, { recursive: true, force: true });
    }
  });
});

describe('paths', () => {
  it('evaluate to the same absolute path, whatever characters the names hold', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'a',
        'b.txt',
        '..',
        '.',
        'a b',
        'ü',
        '$x',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix `${` text, not a JS template
        '${y}',
        '"q"',
        'a+b',
        'c-d_e',
        '@',
        '~',
      ),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }),
    );
    const texts = sample(
      fc.tuple(
        fc.constantFrom('/', './', '../'),
        fc.array(
          segment.filter((text) => !text.includes('/') && !text.includes('\0')),
          { minLength: 1, maxLength: 4 },
        ),
      ),
      500,
      6,
    ).map(([anchor, segments]) => anchor + segments.join('/'));
    const directory = '/tmp/cdknix-path-base/sub';
    const expected = texts.map((text) => posix.resolve(directory, text));
    const checks = texts.map(
      (text, index) => `toString (${toNix(path(text))}) == builtins.elemAt expected ${index}`,
    );
    const source = checks.map((check) => `(${check})`);
    expect(evaluatePathChecks(directory, expected, source)).toEqual([]);
  });
});

/** Paths resolve against the file that holds them, so these checks live in `directory`. */
function evaluatePathChecks(
  directory: string,
  expected: readonly string[],
  checks: readonly string[],
): string[] {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'expected.json'), JSON.stringify(expected));
  const file = join(directory, 'checks.nix');
  writeFileSync(
    file,
    `let expected = builtins.fromJSON (builtins.readFile ./expected.json); in [\n${checks.join('\n')}\n]\n`,
  );
  const results = evaluateJson(`import ${file}`) as boolean[];
  return results.flatMap((result, index) =>
    result ? [] : [`${expected[index]} <= ${checks[index]}`],
  );
}
