import { EmittedTexts, expectAllParse } from '@cdknix/nix-testing';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ClassInstanceError,
  CyclicValueError,
  FunctionValueError,
  IntegerOutOfRangeError,
  LoneSurrogateError,
  NonFiniteNumberError,
  NulCharacterError,
  SubnormalNumberError,
  UnsupportedValueError,
} from './errors/emit-errors.js';
import { NixEmitError } from './errors/nix-emit-error.js';
import { toNix } from './to-nix.js';
import { withComment } from './values/comment.js';
import { letIn } from './values/let-in.js';
import type { NixValue } from './values/nix-value.js';
import { ref } from './values/reference.js';
import { mkForce } from './values/wrappers/override.js';

const emitted = new EmittedTexts();
const emit = (value: NixValue) => emitted.record(toNix(value));

function thrownBy(run: () => unknown): NixEmitError {
  try {
    run();
  } catch (error) {
    if (NixEmitError.isNixEmitError(error)) return error;
    throw error;
  }
  throw new Error('expected a NixEmitError');
}

describe('toNix layout', () => {
  it('writes empty sets and lists with a space inside', () => {
    expect(emit({})).toBe('{ }');
    expect(emit([])).toBe('[ ]');
  });

  it('writes scalars as Nix literals', () => {
    expect([null, true, false, 42, -7, 1.5, 10n, 'text'].map((value) => emit(value))).toEqual([
      'null',
      'true',
      'false',
      '42',
      '-7',
      '1.5',
      '10',
      '"text"',
    ]);
  });

  it('parenthesises negative numbers in lists, where `[ -1 ]` would be a syntax error', () => {
    expect(emit([-1, 2])).toBe('[\n  (-1)\n  2\n]');
  });

  it('sorts attribute names, whatever order the object was built in', () => {
    expect(emit({ b: 1, a: 2, B: 3 })).toBe(emit({ B: 3, a: 2, b: 1 }));
    expect(emit({ b: 1, a: 2, B: 3 })).toBe('{\n  B = 3;\n  a = 2;\n  b = 1;\n}');
  });

  it('merges chains of one-attribute sets into dotted paths, and only those', () => {
    expect(emit({ programs: { git: { enable: true } } })).toBe(
      '{\n  programs.git.enable = true;\n}',
    );
    expect(emit({ a: { b: 1, c: 2 } })).toBe('{\n  a = {\n    b = 1;\n    c = 2;\n  };\n}');
  });

  it('quotes names that are keywords, start with a digit, or hold dots', () => {
    expect(emit({ if: { '2fa': { 'example.org': 1 } } })).toBe(
      '{\n  "if"."2fa"."example.org" = 1;\n}',
    );
  });

  it('leaves out attributes whose value is undefined, as optional properties', () => {
    expect(emit({ a: 1, b: undefined })).toBe('{\n  a = 1;\n}');
  });

  it('writes a binding of a variable to itself as inherit, so a let reads the outer name', () => {
    expect(emit(letIn({ pkgs: ref('pkgs'), name: 'web' }, ref('name')))).toBe(
      'let\n  name = "web";\n  inherit pkgs;\nin\nname',
    );
  });
});

describe('comments', () => {
  it('puts a provenance comment above the binding that holds the value', () => {
    expect(
      emit({
        programs: { git: { enable: withComment(true, 'aspects/ai: src/claude-code.ts:12') } },
      }),
    ).toBe('{\n  # aspects/ai: src/claude-code.ts:12\n  programs.git.enable = true;\n}');
  });

  it('lifts a comment inside a wrapper to the binding, and splits multi-line comments', () => {
    expect(emit({ shell: mkForce(withComment('zsh', 'first line\nsecond line\r\nthird')) })).toBe(
      '{\n  # first line\n  # second line\n  # third\n  shell = lib.mkForce "zsh";\n}',
    );
  });

  it('puts a comment on a list element above that element', () => {
    expect(emit([withComment(1, 'one'), 2])).toBe('[\n  # one\n  1\n  2\n]');
  });
});

describe('values Nix cannot represent', () => {
  it('throws NonFiniteNumberError naming the value path, the source and the fix', () => {
    const error = thrownBy(() =>
      toNix(
        { services: { web: { ports: [80, Number.NaN] } } },
        { source: 'aspects/web: src/web.ts:3' },
      ),
    );
    expect(NonFiniteNumberError.is(error)).toBe(true);
    expect(error.valuePath).toBe('services.web.ports[1]');
    expect(error.source).toBe('aspects/web: src/web.ts:3');
    expect(error.message).toContain('fix: Replace it with a finite number');
  });

  it('reports every problem of one pass, the first one thrown', () => {
    const error = thrownBy(() =>
      toNix({ a: Number.POSITIVE_INFINITY, b: () => 1, c: new Date(0) } as never),
    );
    expect(error.problems.map((problem) => [problem.code, problem.valuePath])).toEqual([
      ['non-finite-number', 'a'],
      ['function-value', 'b'],
      ['class-instance', 'c'],
    ]);
    expect(error.message).toContain('and 2 more problem(s)');
  });

  it.each([
    ['NUL in a string', { a: 'x\0y' }, NulCharacterError, 'a'],
    ['a lone surrogate in a name', { '\ud800': 1 }, LoneSurrogateError, '"\ud800"'],
    ['a bigint beyond int64', [2n ** 63n], IntegerOutOfRangeError, '[0]'],
    ['a subnormal float', { tiny: 5e-324 }, SubnormalNumberError, 'tiny'],
    ['undefined in a list', [1, undefined], UnsupportedValueError, '[1]'],
    ['a function', { f: () => 1 }, FunctionValueError, 'f'],
    ['a Map', { m: new Map() }, ClassInstanceError, 'm'],
  ])('throws a typed error for %s, with its path', (_name, value, kind, valuePath) => {
    const error = thrownBy(() => toNix(value as NixValue));
    expect((kind as { is(value: unknown): boolean }).is(error)).toBe(true);
    expect(error.valuePath).toBe(valuePath);
  });

  it('throws CyclicValueError for a value that contains itself, but accepts shared values', () => {
    const shared = { x: 1 };
    expect(emit({ a: shared, b: shared })).toContain('b.x = 1;');
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = { again: cyclic };
    const error = thrownBy(() => toNix(cyclic as NixValue));
    expect(CyclicValueError.is(error)).toBe(true);
    expect(error.valuePath).toBe('self.again');
  });

  it('brands errors so a check survives a second copy of the package', () => {
    const error = thrownBy(() => toNix(Number.NaN));
    expect(NixEmitError.isNixEmitError(error)).toBe(true);
    expect(NonFiniteNumberError.is(error)).toBe(true);
    expect(CyclicValueError.is(error)).toBe(false);
    expect(
      (error as unknown as Record<symbol, unknown>)[Symbol.for('cdknix.nix.NonFiniteNumberError')],
    ).toBe(true);
  });
});

describe('types', () => {
  it('accept JSON-like data and nodes, and return a string', () => {
    expectTypeOf(toNix).parameter(0).toEqualTypeOf<NixValue>();
    expectTypeOf(toNix({ a: [1, 'x', null, { b: true }] })).toBeString();
    // @ts-expect-error: a Date is not a NixValue
    expectTypeOf(toNix).toBeCallableWith(new Date() as never as symbol);
  });
});

describe('emitted texts', () => {
  it('every text this file emitted parses with nix-instantiate --parse', () => {
    expect(emitted.all.length).toBeGreaterThan(10);
    expectAllParse(emitted.all, ['pkgs', 'lib', 'config']);
  });
});
