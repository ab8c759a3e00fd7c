import { describe, expect, test } from 'vitest';
import { assessType } from '../report/assess-type.js';
import { readSharedOptions } from '../testing/shared-options.js';
import { parseTypeDescription } from './parse-type-description.js';
import type { TypeNode } from './type-node.js';

const str: TypeNode = { kind: 'string', flavour: 'any' };
const int: TypeNode = { kind: 'integer', range: { kind: 'signed' } };
const listOfStr: TypeNode = { kind: 'listOf', element: str, nonEmpty: false, unique: false };

// Each description below is what real Nix printed (nixpkgs lib a53daa43) for the
// lib.types expression named in the test, so the expected node is that expression.
describe('parseTypeDescription recovers lib.types from descriptions Nix printed', () => {
  test('types.either types.str (types.listOf types.str) is "string or list of string"', () => {
    expect(parseTypeDescription('string or list of string')).toEqual({
      kind: 'union',
      members: [str, listOfStr],
    });
  });

  test('a list on the left of "or" is parenthesised: "(list of string) or string"', () => {
    expect(parseTypeDescription('(list of string) or string')).toEqual({
      kind: 'union',
      members: [listOfStr, str],
    });
  });

  test('coercedTo str f (listOf str) is "(list of string) or string convertible to it"', () => {
    expect(parseTypeDescription('(list of string) or string convertible to it')).toEqual({
      kind: 'coercedTo',
      final: listOfStr,
      from: str,
    });
  });

  test('nullOr of a coercedTo keeps the coercion inside the parentheses', () => {
    expect(parseTypeDescription('null or ((list of string) or string convertible to it)')).toEqual({
      kind: 'union',
      members: [{ kind: 'null' }, { kind: 'coercedTo', final: listOfStr, from: str }],
    });
  });

  test('list of (null or string) is a list of a union, list of list of string a nested list', () => {
    expect(parseTypeDescription('list of (null or string)')).toEqual({
      kind: 'listOf',
      element: { kind: 'union', members: [{ kind: 'null' }, str] },
      nonEmpty: false,
      unique: false,
    });
    expect(parseTypeDescription('list of list of string')).toEqual({
      kind: 'listOf',
      element: listOfStr,
      nonEmpty: false,
      unique: false,
    });
  });

  test('attribute set of (submodule) and lazy attribute set of signed integer', () => {
    expect(parseTypeDescription('attribute set of (submodule)')).toEqual({
      kind: 'attributeSetOf',
      element: { kind: 'submodule', freeform: undefined },
      lazy: false,
    });
    expect(parseTypeDescription('lazy attribute set of signed integer')).toEqual({
      kind: 'attributeSetOf',
      element: int,
      lazy: true,
    });
  });

  test('enum literals keep their JSON types, <null> included', () => {
    expect(parseTypeDescription('one of "a", <null>, true, 1')).toEqual({
      kind: 'enum',
      values: ['a', null, true, 1],
    });
    expect(parseTypeDescription('value "a" (singular enum) or string')).toEqual({
      kind: 'union',
      members: [{ kind: 'enum', values: ['a'] }, str],
    });
  });

  test('integer ranges: ints.between, ints.u8, port, ints.unsigned, ints.positive', () => {
    expect(parseTypeDescription('integer between 1 and 5 (both inclusive)')).toEqual({
      kind: 'integer',
      range: { kind: 'between', minimum: 1, maximum: 5 },
    });
    expect(
      parseTypeDescription('8 bit unsigned integer; between 0 and 255 (both inclusive)'),
    ).toEqual({
      kind: 'integer',
      range: { kind: 'between', minimum: 0, maximum: 255 },
    });
    expect(
      parseTypeDescription('16 bit unsigned integer; between 0 and 65535 (both inclusive)'),
    ).toEqual({
      kind: 'integer',
      range: { kind: 'between', minimum: 0, maximum: 65535 },
    });
    expect(parseTypeDescription('unsigned integer, meaning >=0')).toEqual({
      kind: 'integer',
      range: { kind: 'unsigned' },
    });
    expect(parseTypeDescription('positive integer, meaning >0')).toEqual({
      kind: 'integer',
      range: { kind: 'positive' },
    });
  });

  test('strings: lines, commas, strMatching, singleLineStr, nonEmptyStr', () => {
    expect(parseTypeDescription('strings concatenated with "\\n"')).toEqual({
      kind: 'separatedString',
      separator: '\n',
    });
    expect(parseTypeDescription('strings concatenated with ","')).toEqual({
      kind: 'separatedString',
      separator: ',',
    });
    expect(parseTypeDescription('string matching the pattern a.*')).toEqual({
      kind: 'stringMatching',
      pattern: 'a.*',
    });
    expect(parseTypeDescription('(optionally newline-terminated) single-line string')).toEqual({
      kind: 'string',
      flavour: 'singleLine',
    });
    expect(parseTypeDescription('non-empty string')).toEqual({
      kind: 'string',
      flavour: 'nonEmpty',
    });
  });

  test('a pattern holding spaces and parentheses ends at " or ", not at its own space', () => {
    expect(
      parseTypeDescription('null or string matching the pattern ([[:digit:]]+ .*)|always'),
    ).toEqual({
      kind: 'union',
      members: [{ kind: 'null' }, { kind: 'stringMatching', pattern: '([[:digit:]]+ .*)|always' }],
    });
    expect(
      parseTypeDescription('list of (string matching the pattern .*@.* or (submodule))'),
    ).toEqual({
      kind: 'listOf',
      element: {
        kind: 'union',
        members: [
          { kind: 'stringMatching', pattern: '.*@.*' },
          { kind: 'submodule', freeform: undefined },
        ],
      },
      nonEmpty: false,
      unique: false,
    });
  });

  test('nonEmptyListOf and uniq flag the list; functionTo keeps its result', () => {
    expect(parseTypeDescription('non-empty (list of string)')).toEqual({
      kind: 'listOf',
      element: str,
      nonEmpty: true,
      unique: false,
    });
    expect(parseTypeDescription('function that evaluates to a(n) string')).toEqual({
      kind: 'function',
      result: str,
    });
  });

  test('format values containing " or " and parentheses are read whole', () => {
    expect(
      parseTypeDescription(
        'attribute set of section of an INI file (attrs of INI atom (null, bool, int, float or string))',
      ),
    ).toEqual({
      kind: 'attributeSetOf',
      element: {
        kind: 'formatValue',
        formatName: 'section of an INI file (attrs of INI atom (null, bool, int, float or string))',
      },
      lazy: false,
    });
  });

  test('an unreadable description becomes unknown whole; an unreadable group only itself', () => {
    expect(parseTypeDescription('Hyprland binds')).toEqual({
      kind: 'unknown',
      text: 'Hyprland binds',
    });
    expect(parseTypeDescription('attribute set of (Recoll config value)')).toEqual({
      kind: 'attributeSetOf',
      element: { kind: 'unknown', text: 'Recoll config value' },
      lazy: false,
    });
  });
});

describe('every distinct type description in the shipped option data', () => {
  const documents = [
    readSharedOptions('home-manager-unstable.options.json'),
    readSharedOptions('home-manager-25.11.options.json'),
    readSharedOptions('home-manager-2024-03.raw-options.json'),
  ];
  const descriptions = [
    ...new Set(
      documents.flatMap((document) => document.options.map((option) => option.typeDescription)),
    ),
  ].sort();

  test('parses without throwing, and a description read whole is never partly unknown', () => {
    expect(descriptions.length).toBeGreaterThan(500);
    for (const description of descriptions) {
      const node = parseTypeDescription(description);
      if (node.kind !== 'unknown')
        expect(JSON.stringify(node)).not.toContain(`"text":"${description}"`);
    }
  });

  test('falls back on fewer than one option in twenty of home-manager unstable', () => {
    const options = documents[0]!.options;
    const fallbacks = options.filter(
      (option) => assessType(parseTypeDescription(option.typeDescription)).precision === 'fallback',
    );
    expect(fallbacks.length / options.length).toBeLessThan(0.05);
  });

  test('reads every description that starts with a lib.types phrase and has no custom noun', () => {
    const custom =
      /DAG|lib\.|nixpkgs|Rasi|Nushell inline|systemd .* unit|matrix|pair of|of length|libconfig|attribute sets|attribute-tagged|Hypr|River|Starship|Atuin|xfconf|Recoll|Mopidy|Swaynag|plugin packages|bookmark submodule|float between|optional when|starting with|overlay function|^Function that|^An attribute set containing/;
    const unread = descriptions.filter(
      (description) =>
        !custom.test(description) &&
        assessType(parseTypeDescription(description)).precision === 'fallback',
    );
    expect(unread).toEqual([]);
  });
});
