import { expect, test } from 'vitest';
import {
  evalModules,
  mkAfter,
  mkBefore,
  mkDefault,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  mkOrder,
  orderPriorities,
  priorities,
  types,
} from '../index.js';
import { dischargeProperties } from './discharge-properties.js';
import { pushDownProperties } from './push-down-properties.js';

const list = { options: { list: mkOption({ type: types.listOf(types.int) }) } };

test('mkMerge [ 1 (mkIf true 2) (mkIf false 3) ] discharges to [ 1 2 ]', () => {
  expect(
    dischargeProperties(mkMerge([1, mkIf(true, 2), mkIf(false, 3)]), ['a'], { file: 'x' }),
  ).toEqual([1, 2]);
});

test('an mkIf nested inside mkForce is not discharged at option level', () => {
  const [forced] = dischargeProperties(mkForce(mkIf(false, 1)), ['a'], { file: 'x' });
  expect(forced).toMatchObject({ _type: 'override', priority: 50 });
});

test('a non-boolean mkIf condition is a ConditionError', () => {
  expect(() => dischargeProperties(mkIf('yes' as never, 1), ['a'], { file: 'x' })).toThrow(
    /non-Boolean condition/,
  );
});

test('pushing mkIf down an attribute set does not read its condition', () => {
  const condition = () => {
    throw new Error('must not be read');
  };
  const [pushed] = pushDownProperties(mkIf(condition, { a: 1, b: 2 })) as Record<string, unknown>[];
  expect(Object.keys(pushed!)).toEqual(['a', 'b']);
});

test('the reference priorities and order numbers are named once', () => {
  expect(priorities).toEqual({
    vmOverride: 10,
    force: 50,
    imageMediaOverride: 60,
    plain: 100,
    default: 1000,
    optionDefault: 1500,
  });
  expect(orderPriorities).toEqual({ before: 500, plain: 1000, after: 1500 });
});

test('mkBefore and mkAfter move definitions while equal orders keep reversed module order', () => {
  const evaluation = evalModules({
    modules: [
      list,
      { list: mkAfter([9]) },
      { list: [1] },
      { list: [2] },
      { list: mkBefore([0]) },
      { list: mkOrder(700, [5]) },
    ],
  });
  expect(evaluation.valueOf(['list'])).toEqual([0, 5, 2, 1, 9]);
});

test('only definitions of the winning priority are merged', () => {
  const evaluation = evalModules({
    modules: [list, { list: mkDefault([1]) }, { list: [2] }, { list: [3] }],
  });
  expect(evaluation.valueOf(['list'])).toEqual([3, 2]);
});
