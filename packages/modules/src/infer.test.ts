import { expectTypeOf, test } from 'vitest';
import {
  type Definable,
  type InferConfig,
  mkDefault,
  mkEnableOption,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  types,
} from './index.js';

const options = {
  enable: mkEnableOption('the web server'),
  services: {
    web: {
      port: mkOption({ type: types.port }),
      hosts: mkOption({ type: types.listOf(types.str), default: [] }),
      mode: mkOption({ type: types.enum(['a', 'b']) }),
      limit: mkOption({ type: types.nullOr(types.int) }),
    },
  },
  users: mkOption({
    type: types.attrsOf(types.submodule({ options: { uid: mkOption({ type: types.int }) } })),
  }),
  count: mkOption({ type: types.listOf(types.str), apply: (list: string[]) => list.length }),
};

test('an options declaration gives the TypeScript type of config', () => {
  type Config = InferConfig<typeof options>;
  expectTypeOf<Config['enable']>().toEqualTypeOf<boolean>();
  expectTypeOf<Config['services']['web']['port']>().toEqualTypeOf<number>();
  expectTypeOf<Config['services']['web']['hosts']>().toEqualTypeOf<string[]>();
  expectTypeOf<Config['services']['web']['mode']>().toEqualTypeOf<'a' | 'b'>();
  expectTypeOf<Config['services']['web']['limit']>().toEqualTypeOf<number | null>();
  expectTypeOf<Config['users']['alice']>().toEqualTypeOf<{ uid: number }>();
  expectTypeOf<Config['count']>().toEqualTypeOf<number>();
});

test('Definable accepts values, thunks and properties over them, and rejects wrong types', () => {
  type Web = InferConfig<typeof options>['services']['web'];
  expectTypeOf(mkForce(80)).toExtend<Definable<number>>();
  expectTypeOf(mkIf(true, mkDefault(80))).toExtend<Definable<number>>();
  expectTypeOf({ port: mkDefault(8080), hosts: mkMerge([['a'], ['b']]) }).toExtend<
    Definable<Web>
  >();
  expectTypeOf((() => 80) as () => number).toExtend<Definable<number>>();
  expectTypeOf({ port: 'eighty' }).not.toExtend<Definable<Web>>();
});

test('a default is any definition of the type: partial for submodules, a thunk, a property', () => {
  const server = types.submodule({
    options: {
      port: mkOption({ type: types.port, default: 80 }),
      name: mkOption({ type: types.str }),
    },
  });
  // As in Nix: the submodule's own defaults fill what the option's default leaves out.
  const single = mkOption({ type: server, default: {} });
  const many = mkOption({ type: types.attrsOf(server), default: { web: { name: 'web' } } });
  const optional = mkOption({ type: types.nullOr(server), default: { name: 'x' } });
  const computed = mkOption({ type: types.int, default: () => 3 });
  const weak = mkOption({ type: types.int, default: mkDefault(3) });
  const untyped = mkOption({ default: 5 });
  // @ts-expect-error a string is not a definition of an int
  mkOption({ type: types.int, default: 'x' });
  // @ts-expect-error nor is a port number a definition of a submodule's name
  mkOption({ type: server, default: { name: 80 } });
  type Config = InferConfig<{
    single: typeof single;
    optional: typeof optional;
    many: typeof many;
    computed: typeof computed;
    weak: typeof weak;
    untyped: typeof untyped;
  }>;
  expectTypeOf<Config['single']>().toEqualTypeOf<{ port: number; name: string }>();
  expectTypeOf<Config['many']['web']>().toEqualTypeOf<{ port: number; name: string }>();
  expectTypeOf<Config['optional']>().toEqualTypeOf<{ port: number; name: string } | null>();
  expectTypeOf<Config['computed']>().toEqualTypeOf<number>();
  expectTypeOf<Config['weak']>().toEqualTypeOf<number>();
  expectTypeOf<Config['untyped']>().toEqualTypeOf<number>();
});
