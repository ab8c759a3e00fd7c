/**
 * Expected values and messages here were produced by Nix 2.8 with nixpkgs lib (commit
 * a53daa439fe995f017e2bf063fb514e567730ea5) on the same modules written in Nix.
 */
import { describe, expect, test } from 'vitest';
import { errorOf } from '../../test-support/error-of.js';
import {
  DeclarationError,
  evalModules,
  evaluationOf,
  type ModuleInput,
  mkOption,
  type OptionType,
  types,
} from '../index.js';

/** The options of the submodule option at `name` (of `evaluation`), as documentation reads them. */
function subOptions(evaluation: { options: Record<string, unknown> }, path: string[]) {
  const option = evaluation.options[path[0]!] as { type: OptionType };
  return option.type.getSubOptions!(path) as Record<string, { declarations: unknown }>;
}

const shell = mkOption({ type: types.str, default: 'sh' });

describe('options of a submodule type', () => {
  test('are declared by the module that declares the submodule option', () => {
    const evaluation = evalModules({
      modules: [
        {
          _file: 'users.nix',
          options: {
            users: mkOption({ type: types.attrsOf(types.submodule({ options: { shell } })) }),
          },
        },
        { _file: 'alice.nix', config: { users: { alice: {} } } },
      ],
    });
    expect(subOptions(evaluation, ['users', '<name>']).shell!.declarations).toEqual([
      { file: 'users.nix' },
    ]);
    const alice = evaluationOf((evaluation.config.users as Record<string, unknown>).alice);
    expect(alice?.declarationOf(['shell']).declarations).toEqual([{ file: 'users.nix' }]);
  });

  test('are declared there through lists, null or and unique too', () => {
    const evaluation = evalModules({
      modules: [
        {
          _file: 'u.nix',
          options: {
            u: mkOption({
              type: types.listOf(types.nullOr(types.uniq(types.submodule({ options: { shell } })))),
            }),
          },
        },
      ],
    });
    expect(subOptions(evaluation, ['u']).shell!.declarations).toEqual([{ file: 'u.nix' }]);
  });

  test('keep the file of a module that names its own', () => {
    const named: ModuleInput = { _file: 'shell.nix', options: { shell } };
    const evaluation = evalModules({
      modules: [
        { _file: 'users.nix', options: { user: mkOption({ type: types.submodule(named) }) } },
      ],
    });
    expect(subOptions(evaluation, ['user']).shell!.declarations).toEqual([{ file: 'shell.nix' }]);
  });

  test("from two declarations are merged the last declaration's first", () => {
    const declaring = (file: string, group: string, withOption: boolean) => ({
      _file: file,
      options: {
        users: mkOption({
          type: types.attrsOf(
            types.submodule({
              ...(withOption
                ? { options: { groups: mkOption({ type: types.listOf(types.str) }) } }
                : {}),
              config: { groups: [group] },
            }),
          ),
        }),
      },
    });
    const evaluation = evalModules({
      modules: [
        declaring('a.nix', 'a', true),
        declaring('b.nix', 'b', false),
        { _file: 'c.nix', config: { users: { alice: { groups: ['alice'] } } } },
      ],
    });
    expect(evaluation.valueOf(['users', 'alice', 'groups'])).toEqual(['b', 'a', 'alice']);
  });

  test('a module listed by two declarations is evaluated twice: its defaults conflict', () => {
    const shared = { options: { shell } };
    const declaring = (file: string) => ({
      _file: file,
      options: { users: mkOption({ type: types.attrsOf(types.submodule(shared)) }) },
    });
    const evaluation = evalModules({
      modules: [declaring('a.nix'), declaring('b.nix'), { users: { alice: {} } }],
    });
    const error = errorOf(() => evaluation.valueOf(['users', 'alice', 'shell']));
    expect(error).toBeInstanceOf(DeclarationError);
    expect((error as Error).message).toBe(
      "The option `users.alice.shell' in `a.nix' is already declared in `b.nix'.",
    );
  });
});

describe('two declarations of one option', () => {
  const declaring = (file: string, extra: Record<string, unknown>) => ({
    _file: file,
    options: { port: mkOption({ type: types.int, ...extra }) },
  });

  test.each([
    ['default', { default: 1 }, { default: 2 }],
    ['description', { description: 'one' }, { description: 'two' }],
    ['example', { example: 1 }, { example: 2 }],
    ['apply', { apply: (value: number) => value }, { apply: (value: number) => value + 1 }],
  ])('may not both give %s', (_field, first, second) => {
    const evaluation = evalModules({
      modules: [declaring('a.nix', first), declaring('b.nix', second), { port: 1 }],
    });
    const error = errorOf(() => evaluation.valueOf(['port']));
    expect(error).toBeInstanceOf(DeclarationError);
    expect((error as Error).message).toBe(
      "The option `port' in `a.nix' is already declared in `b.nix'.",
    );
  });

  test('may give a description once between them', () => {
    const evaluation = evalModules({
      modules: [declaring('a.nix', { description: 'one' }), declaring('b.nix', {}), { port: 1 }],
    });
    expect(evaluation.valueOf(['port'])).toBe(1);
    expect(evaluation.declarationOf(['port']).description).toBe('one');
  });
});

describe('options declared below an option', () => {
  test('join a submodule option as a module located where they are declared', () => {
    const evaluation = evalModules({
      modules: [
        {
          _file: 'a.nix',
          options: { user: mkOption({ type: types.submodule({ options: { shell } }) }) },
        },
        {
          _file: 'b.nix',
          options: { user: { uid: mkOption({ type: types.int, default: 1000 }) } },
        },
        { user: {} },
      ],
    });
    expect(evaluation.valueOf(['user'])).toEqual({ shell: 'sh', uid: 1000 });
    expect(subOptions(evaluation, ['user']).uid!.declarations).toEqual([{ file: 'b.nix' }]);
    expect(evaluation.declarationOf(['user']).declarations).toEqual([
      { file: 'b.nix' },
      { file: 'a.nix' },
    ]);
  });

  test('are refused below an attribute set of submodules, naming every nested option', () => {
    const evaluation = evalModules({
      modules: [
        {
          _file: 'a.nix',
          options: {
            users: mkOption({ type: types.attrsOf(types.submodule({ options: { shell } })) }),
          },
        },
        { _file: 'b.nix', options: { users: { uid: mkOption({ type: types.int }) } } },
      ],
    });
    const error = errorOf(() => evaluation.valueOf(['users']));
    expect(error).toBeInstanceOf(DeclarationError);
    expect((error as Error).message.split('\n').slice(0, 2)).toEqual([
      "The option `users' in module `a.nix' would be a parent of the following options, but its type `attribute set of (submodule)' does not support nested options.",
      " - option(s) with prefix `users.uid' in module `b.nix'",
    ]);
  });
});

describe('readOnly and internal given by several declarations', () => {
  const declaring = (file: string, flags: { readOnly?: boolean; internal?: boolean }) => ({
    _file: file,
    options: { x: mkOption({ type: types.listOf(types.int), ...flags }) },
  });
  const definitions = [
    { _file: 'one.nix', config: { x: [1] } },
    { _file: 'two.nix', config: { x: [2] } },
  ];

  test('take the value of the last module that gives it', () => {
    const lastSaysNo = evalModules({
      modules: [declaring('a.nix', { readOnly: true }), declaring('b.nix', { readOnly: false })],
    });
    expect(lastSaysNo.declarationOf(['x']).readOnly).toBe(false);
    const lastSaysYes = evalModules({
      modules: [declaring('b.nix', { readOnly: false }), declaring('a.nix', { readOnly: true })],
    });
    expect(lastSaysYes.declarationOf(['x']).readOnly).toBe(true);
    const internal = (modules: ModuleInput[]) =>
      evalModules({ modules }).declarationOf(['x']).internal;
    expect(
      internal([declaring('a.nix', { internal: true }), declaring('b.nix', { internal: false })]),
    ).toBe(false);
    expect(
      internal([declaring('b.nix', { internal: false }), declaring('a.nix', { internal: true })]),
    ).toBe(true);
  });

  test('are not reset by a later module that does not give them', () => {
    const evaluation = evalModules({
      modules: [declaring('a.nix', { readOnly: true, internal: true }), declaring('c.nix', {})],
    });
    expect(evaluation.declarationOf(['x']).readOnly).toBe(true);
    expect(evaluation.declarationOf(['x']).internal).toBe(true);
  });

  test('decide whether several definitions are allowed', () => {
    const writable = evalModules({
      modules: [
        declaring('a.nix', { readOnly: true }),
        declaring('b.nix', { readOnly: false }),
        ...definitions,
      ],
    });
    expect(writable.valueOf(['x'])).toEqual([2, 1]);
    const readOnly = evalModules({
      modules: [
        declaring('b.nix', { readOnly: false }),
        declaring('a.nix', { readOnly: true }),
        ...definitions,
      ],
    });
    expect(() => readOnly.valueOf(['x'])).toThrow(/is read-only, but it's set multiple times/);
  });
});
