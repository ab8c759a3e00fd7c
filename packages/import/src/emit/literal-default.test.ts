import { describe, expect, test } from 'vitest';
import { literalDefault } from './literal-default.js';

const expression = (text: string) => literalDefault({ kind: 'expression', text });

describe('literalDefault', () => {
  test('plain Nix literals become JavaScript: booleans, numbers, empty sets, lists of them', () => {
    expect(expression('false')).toBe('false');
    expect(expression('42')).toBe('42');
    expect(expression('{ }')).toBe('{}');
    expect(expression('[\n  22\n]')).toBe('[22]');
    expect(expression('[ 80 -1 ]')).toBe('[80, -1]');
    expect(expression('[ "a" "b\\"c" ]')).toBe('["a", "b\\"c"]');
  });

  test('expressions and prose are left out (documentation only)', () => {
    expect(expression('pkgs.git')).toBeUndefined();
    expect(expression('[ 22 pkgs.x ]')).toBeUndefined();
    expect(literalDefault({ kind: 'markdown', text: 'the same as `x`' })).toBeUndefined();
  });
});
