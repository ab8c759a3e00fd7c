import { describe, expect, test } from 'vitest';
import { errorOf } from '../../test-support/error-of.js';
import {
  ClassError,
  DeclarationError,
  defineModule,
  EagerConfigReadError,
  evalModules,
  evaluationOf,
  getAttributePath,
  InfiniteRecursionError,
  MissingAttributeError,
  type ModuleObject,
  ModuleSystemError,
  mkDefault,
  mkForce,
  mkIf,
  mkOption,
  NotAModuleError,
  NoValueError,
  optionOfException,
  TypeMismatchError,
  types,
  UnknownOptionError,
  withModuleSource,
} from '../index.js';

const declarations = {
  options: {
    enable: mkOption({ type: types.bool, default: false }),
    port: mkOption({ type: types.port, default: 80 }),
    name: mkOption({ type: types.str }),
  },
};

describe('evalModules', () => {
  test('a definition may read the final configuration through a thunk', () => {
    const evaluation = evalModules({
      modules: [
        declarations,
        ({ config }) => ({ config: { port: mkIf(() => config.enable, 8080) } }),
        { enable: true },
      ],
    });
    expect(evaluation.valueOf(['port'])).toBe(8080);
  });

  test('mkForce beats a plain definition regardless of module order', () => {
    const forcedFirst = evalModules({
      modules: [declarations, { name: mkForce('forced') }, { name: 'plain' }],
    });
    const forcedLast = evalModules({
      modules: [declarations, { name: 'plain' }, { name: mkForce('forced') }],
    });
    expect(forcedFirst.valueOf(['name'])).toBe('forced');
    expect(forcedLast.valueOf(['name'])).toBe('forced');
  });

  test('a real cycle ends in an InfiniteRecursionError naming the option paths', () => {
    const evaluation = evalModules({
      modules: [
        { options: { a: mkOption({ type: types.int }), b: mkOption({ type: types.int }) } },
        ({ config }) => ({ config: { a: () => config.b, b: () => config.a } }),
      ],
    });
    const caught = errorOf(() => evaluation.valueOf(['a']));
    expect(InfiniteRecursionError.is(caught)).toBe(true);
    expect((caught as InfiniteRecursionError).cycle.map((path) => path.join('.'))).toEqual([
      'a',
      'b',
      'a',
    ]);
    expect((caught as Error).message).toContain('a -> b -> a');
  });

  test('a declaration that needs its own option is a cycle, not a stack overflow', () => {
    const evaluation = evalModules({
      modules: [
        ({ config }) => ({
          options: {
            a: () => (config.a === 1 ? mkOption({ type: types.int }) : mkOption({})),
          },
          config: { a: 1 },
        }),
      ],
    });
    const caught = errorOf(() => evaluation.valueOf(['a']));
    expect(InfiniteRecursionError.is(caught)).toBe(true);
    expect((caught as InfiniteRecursionError).cycle.at(-1)).toEqual(['a']);
  });

  describe('a stack overflow', () => {
    /** Options a0 ... a(n-1), each but the last defined as the next one plus one. */
    function chainOf(length: number) {
      const options: Record<string, unknown> = {};
      for (let index = 0; index < length; index += 1)
        options[`a${index}`] = mkOption({ type: types.int });
      return evalModules({
        modules: [
          ({ config }) => {
            const values = config as Record<string, number>;
            const definitions: Record<string, unknown> = { [`a${length - 1}`]: 0 };
            for (let index = 0; index < length - 1; index += 1)
              definitions[`a${index}`] = () => values[`a${index + 1}`]! + 1;
            return { options, config: definitions };
          },
        ],
      });
    }

    test('a chain of options reading each other is computed while the stack allows', () => {
      expect(chainOf(200).valueOf(['a0'])).toBe(199);
    });

    // Nix 2.8 answers "stack overflow (possible infinite recursion)" for a chain of 10,000 (and
    // evaluates a chain of 4,000: its stack is deeper than that of Node's main thread).
    test('a chain deeper than the stack is reported as a stack overflow naming the chain, not as a cycle', () => {
      const caught = errorOf(() => chainOf(20_000).valueOf(['a0']));
      expect(InfiniteRecursionError.is(caught)).toBe(true);
      const error = caught as InfiniteRecursionError;
      expect(error.overflow).toBe(true);
      expect(error.cycle.slice(0, 3)).toEqual([['a0'], ['a1'], ['a2']]);
      expect(new Set(error.cycle.map((path) => path.join('.'))).size).toBe(error.cycle.length);
      expect(error.message).toMatch(
        new RegExp(
          `^stack overflow \\(possible infinite recursion\\) while computing a chain of ${error.cycle.length} options`,
        ),
      );
      expect(error.message).not.toContain('break the cycle');
    });

    test('is the same error when the configuration is read directly', () => {
      const config = chainOf(20_000).config as Record<string, unknown>;
      const caught = errorOf(() => config.a0);
      expect(InfiniteRecursionError.is(caught)).toBe(true);
      expect((caught as InfiniteRecursionError).overflow).toBe(true);
    });

    test('in a value that recurses without end names the option being computed', () => {
      const endless = (depth: number): number => endless(depth + 1) + 1;
      const evaluation = evalModules({
        modules: [
          { options: { a: mkOption({ type: types.int }) }, config: { a: () => endless(0) } },
        ],
      });
      const caught = errorOf(() => evaluation.valueOf(['a']));
      expect(InfiniteRecursionError.is(caught)).toBe(true);
      expect((caught as InfiniteRecursionError).cycle).toEqual([['a']]);
      expect((caught as Error).message).toMatch(
        /^stack overflow \(possible infinite recursion\) while computing a\.\n/,
      );
    });
  });

  test('a freeform attribute computed from itself is a cycle found at once (Nix 2.8: infinite recursion)', () => {
    // A strict attrsOf forces each definition to know its names, so merging the freeform
    // attributes reads `config` while it is being built. Before, that recursed until the stack
    // overflowed, and near the stack's end the error could come out as a TypeError.
    let reads = 0;
    const evaluation = evalModules({
      modules: [
        ({ config }) => ({
          freeformType: types.attrsOf(types.int),
          config: {
            b: () => {
              reads += 1;
              return (config as { b: number }).b + 1;
            },
          },
        }),
      ],
    });
    expect(InfiniteRecursionError.is(errorOf(() => evaluation.valueOf(['b'])))).toBe(true);
    expect(reads).toBe(1);
  });

  test('a name declared both as an option and as options is an error for any query, before an unknown option (as Nix 2.8 answers)', () => {
    // Nix decides for every declared name whether it is an option or options when it checks
    // for definitions without an option: `a.extra` below the int `a` fails even though
    // nothing defines `a` and the query reads `b`.
    const modules = (extra: ModuleObject) => [
      { options: { a: mkOption({ type: types.int }), b: mkOption({ default: 1 }) } },
      { options: { a: { extra: mkOption({ default: 5 }) } } },
      extra,
    ];
    // With no definition at all, too: every module gives a config in the reference.
    for (const extra of [{ options: {} }, {}, { zz: 1 }]) {
      const caught = errorOf(() => evalModules({ modules: modules(extra) }).valueOf(['b']));
      expect(DeclarationError.is(caught)).toBe(true);
      expect((caught as Error).message).toMatch(
        /`a' .* would be a parent of the following options/,
      );
    }
  });

  test('a definition that throws comes before another that is no attribute set, for a set of options (as Nix 2.8 answers)', () => {
    // Nix forces every definition of `a` (pushing properties down) before it checks that each
    // is an attribute set: "boom" in both orders.
    const declarations = { options: { a: { extra: mkOption({ default: 5 }) } } };
    const throwing = {
      a: () => {
        throw new Error('boom');
      },
    };
    for (const modules of [
      [declarations, throwing, { a: [] }],
      [declarations, { a: [] }, throwing],
    ])
      expect(() => evalModules({ modules }).valueOf(['a', 'extra'])).toThrow('boom');
  });

  test('an unknown option fails every query and suggests the declared name', () => {
    const evaluation = evalModules({ modules: [declarations, { prot: 1, name: 'x' }] });
    expect(() => evaluation.valueOf(['name'])).toThrow(UnknownOptionError);
    try {
      evaluation.valueOf(['name']);
    } catch (error) {
      expect((error as UnknownOptionError).suggestions).toContain('port');
      expect((error as Error).message).toContain("The option `prot' does not exist");
    }
  });

  test('asking for a misspelled path suggests the declared name where the path goes wrong', () => {
    const evaluation = evalModules({
      modules: [{ options: { services: { openssh: { enable: mkOption({ type: types.bool }) } } } }],
    });
    const asked = errorOf(() => evaluation.definitionsOf(['services', 'opensh', 'enable']));
    expect(asked).toBeInstanceOf(UnknownOptionError);
    expect((asked as Error).message).toBe(
      "The option `services.opensh.enable' does not exist.\nDid you mean `services.openssh.enable'?",
    );
  });

  test('reading an option without definitions or default is a NoValueError with its path', () => {
    const evaluation = evalModules({ modules: [declarations] });
    expect(() => evaluation.valueOf(['name'])).toThrow(NoValueError);
    expect(evaluation.valueOf(['port'])).toBe(80);
  });

  test('a darwin module imported where nixos is expected fails with a ClassError', () => {
    const evaluation = evalModules({
      class: 'nixos',
      modules: [declarations, { class: 'darwin', name: 'x' }],
    });
    expect(() => evaluation.valueOf(['name'])).toThrow(ClassError);
    expect(() => evaluation.valueOf(['name'])).toThrow(/expects class "nixos"/);
  });

  test('reading config eagerly in a module body fails loudly and shows the thunk fix', () => {
    const evaluation = evalModules({
      modules: [declarations, ({ config }) => ({ config: { port: config.enable ? 1 : 2 } })],
    });
    expect(() => evaluation.valueOf(['port'])).toThrow(EagerConfigReadError);
    expect(() => evaluation.valueOf(['port'])).toThrow(
      /wrap it in a thunk: \(\) => config\.enable/,
    );
  });

  test('errors are branded data: ModuleSystemError.is works and kind names the corpus kind', () => {
    const evaluation = evalModules({ modules: [declarations] });
    try {
      evaluation.valueOf(['name']);
    } catch (error) {
      expect(ModuleSystemError.is(error)).toBe(true);
      expect((error as ModuleSystemError).kind).toBe('no-value');
      expect((error as ModuleSystemError).path).toEqual(['name']);
    }
  });

  test('definitionsOf lists the surviving definitions with priority, order and source, before merging', () => {
    const evaluation = evalModules({
      modules: [
        { options: { list: mkOption({ type: types.listOf(types.str), default: [] }) } },
        { _file: 'first.ts', list: mkDefault(['dropped']) },
        { _file: 'second.ts', list: ['kept'] },
      ],
    });
    expect(evaluation.definitionsOf(['list'])).toEqual([
      { value: ['kept'], priority: 100, order: 1000, source: { file: 'second.ts' } },
    ]);
  });

  test('a freeform attribute answers definitionsOf and declarationOf as an option of the element type', () => {
    const evaluation = evalModules({
      modules: [
        {
          freeformType: types.attrsOf(types.int),
          options: { server: { port: mkOption({ type: types.port, default: 80 }) } },
        },
        { _file: 'first.ts', level: mkDefault(1), server: { extra: 'x' } },
        { _file: 'second.ts', level: 2, hidden: mkIf(false, 3) },
      ],
    });
    // The freeform type merges the whole set: `level` is one of its elements (an int).
    expect(evaluation.definitionsOf(['level'])).toEqual([
      { value: 2, priority: 100, order: 1000, source: { file: 'second.ts' } },
    ]);
    expect(evaluation.declarationOf(['level']).type.description).toBe('signed integer');
    expect(evaluation.declarationOf(['level']).declarations).toEqual([]);
    // Below a declared group, where the definition leaves the declared options.
    expect(evaluation.definitionsOf(['server', 'extra'])).toMatchObject([
      { value: 'x', source: { file: 'first.ts' } },
    ]);
    expect(evaluation.definitionsOf(['hidden'])).toEqual([]);
    expect(errorOf(() => evaluation.definitionsOf(['absent']))).toBeInstanceOf(UnknownOptionError);
    expect(errorOf(() => evaluation.definitionsOf(['server']))).toBeInstanceOf(UnknownOptionError);
  });

  test('optionPaths lists every declared option, sorted; declarationOf describes one', () => {
    const evaluation = evalModules({
      modules: [
        {
          options: {
            services: { web: { port: mkOption({ type: types.port, description: 'Port.' }) } },
            alpha: mkOption({}),
          },
        },
      ],
    });
    expect(evaluation.optionPaths()).toEqual([['alpha'], ['services', 'web', 'port']]);
    const declaration = evaluation.declarationOf(['services', 'web', 'port']);
    expect(declaration.description).toBe('Port.');
    expect(declaration.type.description).toBe(
      '16 bit unsigned integer; between 0 and 65535 (both inclusive)',
    );
    expect(declaration.readOnly).toBe(false);
    expect(declaration.internal).toBe(false);
  });

  test('an option declared internal says so in declarationOf and in the options view', () => {
    const evaluation = evalModules({
      modules: [
        {
          options: {
            cache: mkOption({ type: types.str, default: '/var/cache', internal: true }),
            name: mkOption({ type: types.str, default: 'x' }),
          },
        },
      ],
    });
    expect(evaluation.declarationOf(['cache']).internal).toBe(true);
    expect(evaluation.declarationOf(['name']).internal).toBe(false);
    expect((evaluation.options.cache as { internal: boolean }).internal).toBe(true);
    expect((evaluation.options.name as { internal: boolean }).internal).toBe(false);
  });

  test('defineModule records the caller file and line as the source of its definitions', () => {
    const module = defineModule({ name: 'x' });
    const evaluation = evalModules({ modules: [declarations, module] });
    const [definition] = evaluation.definitionsOf(['name']);
    expect(definition?.source.file).toMatch(/evaluate\.test\.ts$/);
    expect(definition?.source.line).toBeGreaterThan(0);
  });

  test('a module source that can locate a definition gives its site in errors and in definitionsOf', () => {
    // As the synth layer does: one source for a whole module, which knows the line of each
    // property it wrote (here, by option path).
    const lines: Record<string, number> = { 'server.port': 12, 'server.name': 14, typo: 16 };
    const located = (path: readonly string[]) => {
      const line = lines[path.join('.')];
      return line === undefined ? undefined : { file: `host.ts:${line}` };
    };
    const module = (config: Record<string, unknown>) =>
      withModuleSource({ config }, { file: 'host.ts:10', locate: located });
    const server = {
      options: {
        server: {
          port: mkOption({ type: types.port }),
          name: mkOption({ type: types.str, default: 'web' }),
          tags: mkOption({ type: types.listOf(types.str), default: [] }),
        },
      },
    };

    const evaluation = evalModules({
      modules: [server, module({ server: { port: 8080, name: 'db', tags: ['a'] } })],
    });
    expect(evaluation.definitionsOf(['server', 'port'])[0]?.source.file).toBe('host.ts:12');
    expect(evaluation.definitionsOf(['server', 'name'])[0]?.source.file).toBe('host.ts:14');
    // No line known for `tags`: the module's own source.
    expect(evaluation.definitionsOf(['server', 'tags'])[0]?.source.file).toBe('host.ts:10');

    const mistyped = errorOf(() =>
      evalModules({ modules: [server, module({ server: { port: 'x' } })] }).valueOf(['server']),
    );
    expect(mistyped).toBeInstanceOf(Error);
    expect((mistyped as Error).message).toContain('- In host.ts:12: "x"');

    const unknown = errorOf(() => evalModules({ modules: [server, module({ typo: 1 })] }).config);
    expect((unknown as Error).message).toContain('- In host.ts:16: 1');
  });

  test('a source whose locate fails is shown as the module source', () => {
    const failing = {
      file: 'host.ts:10',
      locate: () => {
        throw new Error('cannot read the file');
      },
    };
    const module = withModuleSource({ config: { port: 'x' } }, failing);
    const error = errorOf(
      () =>
        evalModules({ modules: [{ options: { port: mkOption({ type: types.port }) } }, module] })
          .config.port,
    );
    expect((error as Error).message).toContain('- In host.ts:10: "x"');
  });

  test('an import that is not a module names its source; a function returning nothing gets the fix', () => {
    const returnsNothing = withModuleSource((_args: unknown) => undefined as never, {
      file: 'part.ts:3',
    });
    const nothing = errorOf(() => evalModules({ modules: [returnsNothing] }).config);
    expect(NotAModuleError.is(nothing)).toBe(true);
    expect((nothing as Error).message).toContain('The module part.ts:3 returned undefined');
    expect((nothing as Error).message).toContain('wrap the set in parentheses: `() => ({ ... })`');
    const list = errorOf(
      () => evalModules({ modules: [{ _file: 'a.ts', imports: [[1] as never] }] }).config,
    );
    expect((list as Error).message).toContain('The module a.ts is a list ([1]), not a module');
  });

  test("an exception thrown by a user's thunk records the option that was being computed", () => {
    const failure = new TypeError("Cannot read properties of undefined (reading 'zone')");
    const evaluation = evalModules({
      modules: [
        {
          options: { zone: mkOption({ type: types.str }), label: mkOption({ type: types.str }) },
        },
        ({ config }: { config: { zone: string } }) => ({
          config: {
            zone: () => {
              throw failure;
            },
            label: () => `in ${config.zone}`,
          },
        }),
      ],
    });
    expect(errorOf(() => evaluation.valueOf(['label']))).toBe(failure);
    // The innermost option: `label` read `zone`, whose thunk threw.
    expect(optionOfException(failure)).toEqual(['zone']);
  });

  test('evaluationOf gives the nested evaluation behind a submodule instance', () => {
    const user = {
      options: {
        uid: mkOption({ type: types.int }),
        shell: mkOption({ type: types.str, default: 'bash' }),
      },
    };
    const evaluation = evalModules({
      modules: [
        { options: { users: mkOption({ type: types.attrsOf(types.submodule(user)) }) } },
        { users: { alice: { uid: mkForce(1) } } },
      ],
    });
    const alice = (evaluation.config.users as Record<string, unknown>).alice;
    const nested = evaluationOf(alice);
    expect(nested?.optionPaths()).toEqual([['shell'], ['uid']]);
    expect(nested?.definitionsOf(['uid'])[0]?.priority).toBe(50);
    expect(evaluationOf(evaluation.config)).toBe(evaluation);
  });

  test('a missing attribute met while an error message shows a definition is the error, as in Nix 2.8', () => {
    // Nix's `tryEval` around the shown value catches `throw`, not a missing attribute.
    const wrongType = evalModules({
      modules: [
        ({ config }) => ({
          options: { a: mkOption({ type: types.int }) },
          config: { a: { x: () => getAttributePath(config, ['zz']) } },
        }),
      ],
    });
    expect(errorOf(() => wrongType.valueOf(['a']))).toBeInstanceOf(MissingAttributeError);
    // Found by the differential check: an undeclared option's definition under a condition
    // that reads an undeclared option.
    const unknown = evalModules({
      modules: [({ config }) => ({ b: mkIf(() => !getAttributePath(config, ['c']), 1.5) })],
    });
    expect(errorOf(() => unknown.valueOf([]))).toBeInstanceOf(MissingAttributeError);
    // What `tryEval` does catch still leaves the definition shown without a value.
    const thrown = evalModules({
      modules: [
        {
          options: { a: mkOption({ type: types.int }) },
          config: {
            a: {
              x: () => {
                throw new Error('boom');
              },
            },
          },
        },
      ],
    });
    expect(errorOf(() => thrown.valueOf(['a']))).toBeInstanceOf(TypeMismatchError);
  });

  test("listing config's names computes none of their values, as in Nix", () => {
    const evaluation = evalModules({
      modules: [
        {
          options: {
            names: mkOption({ type: types.listOf(types.str) }),
            broken: mkOption({ type: types.int }),
          },
        },
        ({ config }) => ({
          names: () => Object.keys(config),
          broken: () => {
            throw new Error('never computed');
          },
        }),
      ],
    });
    expect(evaluation.valueOf(['names'])).toEqual(['broken', 'names']);
  });
});
