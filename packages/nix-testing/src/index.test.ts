import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EmittedTexts, evaluateJson, expectAllParse, nixParseFailures } from './index.js';

const directory = mkdtempSync(join(tmpdir(), 'cdknix-nix-testing-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('asking real Nix', () => {
  test('evaluateJson gives the value of an expression, as JSON', () => {
    expect(evaluateJson('{ b = [ 1 "x" ]; a = 1 + 1; }')).toEqual({ a: 2, b: [1, 'x'] });
  });

  test('evaluateJson resolves relative paths from the directory it is given', () => {
    file('value.nix', '{ answer = 42; }');
    expect(evaluateJson('(import ./value.nix).answer', directory)).toBe(42);
  });

  test('evaluateJson fails with Nix message and the source', () => {
    expect(() => evaluateJson('{ a = undefinedName; }')).toThrow(
      /undefined variable[\s\S]*undefinedName/,
    );
  });

  test('nixParseFailures names only the files Nix rejects', () => {
    const good = file('good.nix', '{ a = 1; }');
    const bad = file('bad.nix', '{ a = ; }');
    expect(nixParseFailures([good])).toEqual([]);
    const failures = nixParseFailures([good, bad]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(new RegExp(`^${bad}: .*syntax error`));
  });

  test('expectAllParse binds the free variables it is told, and shows the text Nix rejects', () => {
    const texts = new EmittedTexts();
    texts.record('pkgs.hello');
    expect(() => expectAllParse(texts.all, ['pkgs'])).not.toThrow();
    expect(() => expectAllParse(texts.all)).toThrow(/undefined variable 'pkgs'[\s\S]*pkgs\.hello/);
  });
});
