import { describe, expect, test } from 'vitest';
import { evalModules } from '../evaluation/evaluate.js';
import { mkOption } from '../options/mk-option.js';
import { types } from './index.js';

describe('payload: the parameters of a type as data', () => {
  test('enum lists its members, in declaration order', () => {
    expect(types.enum(['b', 'a', 3, true]).payload).toEqual({ members: ['b', 'a', 3, true] });
  });

  test('bounded integers give their inclusive bounds; plain int has none', () => {
    expect(types.ints.between(1, 9).payload).toEqual({ lowest: 1, highest: 9 });
    expect(types.port.payload).toEqual({ lowest: 0, highest: 65535 });
    expect(types.ints.positive.payload).toEqual({ lowest: 1, highest: Number.MAX_SAFE_INTEGER });
    expect(types.int.payload).toBeUndefined();
  });

  test('strMatching gives its pattern; separated strings their separator', () => {
    expect(types.strMatching('[a-z]+').payload).toEqual({ pattern: '[a-z]+' });
    expect(types.lines.payload).toEqual({ separator: '\n' });
    expect(types.commas.payload).toEqual({ separator: ',' });
  });

  test('two declarations of an enum option give the union of both members', () => {
    const evaluation = evalModules({
      modules: [
        { options: { mode: mkOption({ type: types.enum(['a', 'b']) }) } },
        { options: { mode: mkOption({ type: types.enum(['b', 'c']) }) } },
      ],
    });
    const declared = evaluation.options.mode as { type: { payload?: { members: string[] } } };
    expect([...(declared.type.payload?.members ?? [])].sort()).toEqual(['a', 'b', 'c']);
  });
});
