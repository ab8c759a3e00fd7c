import { expect, test } from 'vitest';
import { evalModules, type ModuleObject, mkOption, types } from '../index.js';

const list = { options: { list: mkOption({ type: types.listOf(types.str) }) } };
const evaluate = (...modules: ModuleObject[]) =>
  evalModules({ modules: [list, ...modules] }).valueOf(['list']);

test('imports come after all listed modules, so their definitions merge first', () => {
  expect(
    evaluate({ list: ['top1'], imports: [{ list: ['imported'] }] }, { list: ['top2'] }),
  ).toEqual(['imported', 'top2', 'top1']);
});

test('two modules with the same key are included once, the first collected', () => {
  expect(evaluate({ key: 'shared', list: ['first'] }, { key: 'shared', list: ['second'] })).toEqual(
    ['first'],
  );
});

test('the same module value imported twice is included once', () => {
  const shared = { list: ['shared'] };
  expect(evaluate({ imports: [shared] }, { imports: [shared] })).toEqual(['shared']);
});

test('disabledModules removes a module by key together with its imports', () => {
  expect(
    evaluate(
      { key: 'parent', list: ['parent'], imports: [{ list: ['child'] }] },
      { disabledModules: ['parent'], list: ['other'] },
    ),
  ).toEqual(['other']);
});

test('a shorthand module is all config; structural keys are not options', () => {
  const evaluation = evalModules({ modules: [list, { _file: 'a.ts', key: 'k', list: ['x'] }] });
  expect(evaluation.definitionsOf(['list'])[0]?.source).toEqual({ file: 'a.ts' });
});

test('a module function is called once per evaluation, also when it is the only module and imports others', () => {
  let calls = 0;
  const only = () => {
    calls += 1;
    return { imports: [list], config: { list: ['from the function'] } };
  };
  expect(evalModules({ modules: [only] }).valueOf(['list'])).toEqual(['from the function']);
  expect(calls).toBe(1);
});

test("a submodule's own modules are loaded before its definitions: their errors come first (as Nix 2.8 answers)", () => {
  // The type module imports `defaults`, which has no value; the definition has the wrong
  // class. Nix reports the missing value; once `defaults` has one, the class.
  const moduleWith = (defaults: ModuleObject | undefined) =>
    evalModules({
      modules: [
        ({ config }) => ({
          options: {
            defaults: mkOption({ type: types.deferredModule }),
            b: mkOption({
              type: types.submoduleWith({
                class: 'nixos',
                modules: [{ imports: [() => (config as { defaults: ModuleObject }).defaults] }],
              }),
            }),
          },
          config:
            defaults === undefined
              ? { b: { _class: 'darwin' } }
              : { b: { _class: 'darwin' }, defaults },
        }),
      ],
    }).valueOf(['b']);
  expect(() => moduleWith(undefined)).toThrow(/`defaults' was accessed but has no value/);
  expect(() => moduleWith({})).toThrow(/class: "darwin"\) cannot be imported/);
});
