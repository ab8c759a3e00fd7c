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
