import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeOutput } from './write-output.js';

const scratches: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), 'cdknix-write-'));
  scratches.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of scratches) rmSync(folder, { recursive: true, force: true });
});

describe('writeOutput', () => {
  test('replaces the previous output as a whole: stale files disappear', () => {
    const out = join(scratch(), 'out');
    writeOutput(
      out,
      new Map([
        ['a/x.nix', '1'],
        ['stale.nix', 'old'],
      ]),
    );
    writeOutput(out, new Map([['a/x.nix', '2']]));
    expect(readFileSync(join(out, 'a/x.nix'), 'utf8')).toBe('2');
    expect(readdirSync(out)).toEqual(['a']);
  });

  test.each(['../escape.nix', '/etc/passwd', 'a/../../b.nix'])(
    'refuses %s and leaves the previous output intact',
    (name) => {
      const out = join(scratch(), 'out');
      mkdirSync(out);
      writeFileSync(join(out, 'keep.nix'), 'kept');
      expect(() =>
        writeOutput(
          out,
          new Map([
            ['fine.nix', ''],
            [name, 'x'],
          ]),
        ),
      ).toThrow(/escape the output directory/);
      expect(readdirSync(out)).toEqual(['keep.nix']);
      expect(readdirSync(join(out, '..'))).toEqual(['out']);
    },
  );
});
