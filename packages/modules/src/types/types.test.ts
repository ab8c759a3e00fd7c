import { describe, expect, test } from 'vitest';
import {
  ConflictError,
  evalModules,
  mkIf,
  mkOption,
  mkOptionType,
  NotUniqueError,
  TypeMismatchError,
  types,
} from '../index.js';
import type { ModuleObject } from '../modules/module.js';
import type { OptionType } from './option-type.js';

function evaluate(type: OptionType<any>, ...definitions: unknown[]): unknown {
  const modules = [
    { options: { value: mkOption({ type }) } },
    ...definitions.map((definition) => ({ value: definition })),
  ];
  return evalModules({ modules }).valueOf(['value']);
}

describe('scalar types', () => {
  test('int rejects a float and a string; equal definitions merge, different ones conflict', () => {
    expect(() => evaluate(types.int, 1.5)).toThrow(TypeMismatchError);
    expect(() => evaluate(types.int, '1')).toThrow(/not of type `signed integer'/);
    expect(evaluate(types.int, 3, 3)).toBe(3);
    expect(() => evaluate(types.int, 3, 4)).toThrow(ConflictError);
  });

  test('number is `either int float`: an integer and a float together must be one definition (as Nix 2.8 answers)', () => {
    expect(evaluate(types.number, 1, 1)).toBe(1);
    expect(evaluate(types.number, 1.5, 1.5)).toBe(1.5);
    expect(() => evaluate(types.number, 1, 2)).toThrow(ConflictError);
    expect(() => evaluate(types.number, 2.5, 1)).toThrow(NotUniqueError);
    expect(types.number.description).toBe('signed integer or floating point number');
  });

  test('port, ints.between and ints.positive check their ranges inclusively', () => {
    expect(evaluate(types.port, 65535)).toBe(65535);
    expect(() => evaluate(types.port, 65536)).toThrow(TypeMismatchError);
    expect(evaluate(types.ints.between(1, 5), 5)).toBe(5);
    expect(() => evaluate(types.ints.positive, 0)).toThrow(TypeMismatchError);
  });

  test('strMatching must match the whole string; nonEmptyStr rejects whitespace only', () => {
    expect(evaluate(types.strMatching('[a-z]+'), 'abc')).toBe('abc');
    expect(() => evaluate(types.strMatching('[a-z]+'), 'abc1')).toThrow(TypeMismatchError);
    expect(() => evaluate(types.nonEmptyStr, ' \t')).toThrow(TypeMismatchError);
  });

  test('lines joins definitions with newlines; separatedString with its separator', () => {
    expect(evaluate(types.lines, 'first', 'second')).toBe('second\nfirst');
    expect(evaluate(types.separatedString(','), 'a', 'b', 'c')).toBe('c,b,a');
  });

  test('enum accepts its members only', () => {
    expect(evaluate(types.enum(['red', 'green']), 'green')).toBe('green');
    expect(() => evaluate(types.enum(['red', 'green']), 'blue')).toThrow(/one of "red", "green"/);
  });
});

describe('composite types', () => {
  test('listOf concatenates definitions, later modules first, and drops mkIf false elements', () => {
    expect(evaluate(types.listOf(types.int), [1, 2], [3, mkIf(false, 4)])).toEqual([3, 1, 2]);
  });

  test('attrsOf merges keys and per-key values with the element type', () => {
    expect(
      evaluate(types.attrsOf(types.listOf(types.str)), { x: ['a'] }, { x: ['b'], y: [] }),
    ).toEqual({ x: ['b', 'a'], y: [] });
  });

  test('lazyAttrsOf does not evaluate the keys that are not read', () => {
    const evaluation = evalModules({
      modules: [
        { options: { m: mkOption({ type: types.lazyAttrsOf(types.int) }) } },
        {
          m: {
            ok: 1,
            bad: () => {
              throw new Error('boom');
            },
          },
        },
      ],
    });
    expect((evaluation.config.m as Record<string, unknown>).ok).toBe(1);
  });

  test('nullOr conflicts when one definition is null and another is not', () => {
    expect(evaluate(types.nullOr(types.int), null)).toBeNull();
    expect(() => evaluate(types.nullOr(types.int), null, 3)).toThrow(ConflictError);
  });

  test('either merges within one branch and needs a single definition across branches', () => {
    expect(evaluate(types.either(types.int, types.str), 'x')).toBe('x');
    expect(() => evaluate(types.either(types.int, types.str), 1, 'x')).toThrow(NotUniqueError);
    expect(evaluate(types.oneOf([types.int, types.bool, types.str]), true)).toBe(true);
  });

  test('uniq and raw accept exactly one definition', () => {
    expect(() => evaluate(types.uniq(types.int), 1, 1)).toThrow(NotUniqueError);
    expect(() => evaluate(types.raw, { a: 1 }, { b: 2 })).toThrow(NotUniqueError);
  });

  test('anything merges attribute sets recursively but not lists', () => {
    expect(evaluate(types.anything, { a: { x: 1 } }, { a: { y: 2 }, b: 'z' })).toEqual({
      a: { x: 1, y: 2 },
      b: 'z',
    });
    expect(() => evaluate(types.anything, [1], [2])).toThrow(ConflictError);
  });

  test('submodule instances get their name and merge per sub-option', () => {
    const user = ({ name }: { name?: string }) => ({
      options: {
        home: mkOption({ type: types.str, default: `/home/${name}` }),
        uid: mkOption({ type: types.int }),
      },
    });
    expect(
      evaluate(
        types.attrsOf(types.submodule(user)),
        { alice: { uid: 1 } },
        { alice: { home: '/srv/alice' } },
      ),
    ).toEqual({
      alice: { home: '/srv/alice', uid: 1 },
    });
  });

  test("a submodule's own modules merge before its definitions as an option's type, after them inside either (as Nix 2.8 answers)", () => {
    const imported = { config: { items: ['from-I'] } };
    const typeModule = () => ({
      imports: [imported],
      options: { items: mkOption({ type: types.listOf(types.str), default: [] }) },
      config: { items: ['from-M'] },
    });
    const sub = types.submodule([typeModule]);
    const definitions = [
      (_args: unknown) => ({
        imports: [{ config: { items: ['from-J'] } }],
        config: { items: ['x'] },
      }),
      { items: ['y'] },
    ];
    const items = (type: OptionType<any>) =>
      (evaluate(type, ...definitions) as { items: string[] }).items;
    // An option's declaration imports the type's modules one level deeper (setDefaultModuleLocation).
    expect(items(sub)).toEqual(['from-J', 'from-I', 'x', 'from-M', 'y']);
    // `either` does not pass its modules on: they stay beside the definitions, listed first.
    expect(items(types.either(types.bool, sub))).toEqual(['from-J', 'x', 'from-I', 'y', 'from-M']);
    // Nor is a freeform type declared by an option.
    const freeform = evalModules({
      modules: [
        { freeformType: types.attrsOf(types.submodule(typeModule)) },
        { n: { items: ['x'] } },
        { n: { items: ['y'] } },
      ],
    });
    expect(freeform.valueOf(['n', 'items'])).toEqual(['from-I', 'x', 'y', 'from-M']);
  });
});

describe('user-defined types', () => {
  class PackageReference {
    constructor(readonly name: string) {}
    equals(other: unknown): boolean {
      return other instanceof PackageReference && other.name === this.name;
    }
  }

  test('mkOptionType can accept opaque class instances, which are never walked as attribute sets', () => {
    const packageType = mkOptionType<PackageReference>({
      name: 'package',
      description: 'package',
      check: (value) => value instanceof PackageReference,
      merge: (_path, definitions) => definitions[0]!.value as PackageReference,
    });
    const git = new PackageReference('git');
    expect(evaluate(types.listOf(packageType), [git])).toEqual([git]);
    const merged = evaluate(types.anything, git, new PackageReference('git'));
    expect(merged).toBeInstanceOf(PackageReference);
    expect(() => evaluate(types.anything, git, new PackageReference('curl'))).toThrow(
      ConflictError,
    );
  });
});

describe('type descriptions', () => {
  // The texts Nix 2.8 with nixpkgs lib (a53daa4) gives for the same types.
  test.each([
    [types.nullOr(types.listOf(types.str)), 'null or (list of string)'],
    [types.listOf(types.nullOr(types.str)), 'list of (null or string)'],
    [types.attrsOf(types.submodule({})), 'attribute set of (submodule)'],
    [types.listOf(types.listOf(types.int)), 'list of list of signed integer'],
    [types.either(types.ints.positive, types.str), 'positive integer, meaning >0, or string'],
    [types.either(types.str, types.listOf(types.str)), 'string or list of string'],
    [types.either(types.listOf(types.str), types.str), '(list of string) or string'],
    [types.nullOr(types.either(types.int, types.str)), 'null or signed integer or string'],
    [types.listOf(types.attrs), 'list of (attribute set)'],
    [types.attrsOf(types.enum(['a', 'b'])), 'attribute set of (one of "a", "b")'],
    [types.listOf(types.enum(['a'])), 'list of value "a" (singular enum)'],
    [types.nullOr(types.uniq(types.listOf(types.str))), 'null or (list of string)'],
    [types.listOf(types.number), 'list of (signed integer or floating point number)'],
    [
      types.lazyAttrsOf(types.attrsOf(types.port)),
      'lazy attribute set of attribute set of 16 bit unsigned integer; between 0 and 65535 (both inclusive)',
    ],
    [types.listOf(types.deferredModule), 'list of module'],
    [
      types.listOf(types.submodule({ freeformType: types.attrsOf(types.str) })),
      'list of (attribute set of string)',
    ],
    [
      types.oneOf([types.int, types.bool, types.listOf(types.str)]),
      'signed integer or boolean or list of string',
    ],
  ])('read as in the reference: %#', (type, description) => {
    expect(type.description).toBe(description);
  });

  test('name the nested types in messages', () => {
    expect(() => evaluate(types.nullOr(types.listOf(types.str)), 'motd')).toThrow(
      "is not of type `null or (list of string)'",
    );
  });

  test("a submodule's description evaluates its modules without a value: their error is the message's (as Nix 2.8 answers)", () => {
    // Nix: "The option `defaults' was accessed but has no value defined", not the type error:
    // the description looks for a freeform type, which imports `defaults`.
    const evaluation = evalModules({
      modules: [
        ({ config }) => ({
          options: {
            defaults: mkOption({ type: types.deferredModule }),
            a: mkOption({
              type: types.listOf(
                types.submodule({
                  imports: [() => (config as { defaults: ModuleObject }).defaults],
                }),
              ),
            }),
          },
          config: { a: 'x' },
        }),
      ],
    });
    expect(() => evaluation.valueOf(['a'])).toThrow(/`defaults' was accessed but has no value/);
  });

  test('a submodule described for documentation is evaluated with the name ‹name›', () => {
    const type = types.attrsOf(
      types.submodule(({ name }) => ({ options: { id: mkOption({ default: name }) } })),
    );
    const { id } = type.getSubOptions!(['hosts']) as { id: { default: unknown } };
    expect(id.default).toBe('‹name›');
  });
});
