import { readFileSync, writeFileSync } from 'node:fs';
import { expectAllParse } from '@cdknix/nix-testing';
import { describe, expect, it } from 'vitest';
import { goldenExamples } from './golden-examples.js';

// Goldens are written by `CDKNIX_UPDATE_GOLDENS=1 vitest run`, then read and judged by a person
// as nixfmt (RFC 166) style before they are committed.
const goldenFile = (name: string) => new URL(`./__goldens__/${name}`, import.meta.url);

describe('golden layouts', () => {
  for (const [name, emit] of Object.entries(goldenExamples)) {
    it(`${name} is printed exactly as its reviewed golden file`, () => {
      const text = emit();
      if (process.env.CDKNIX_UPDATE_GOLDENS === '1') writeFileSync(goldenFile(name), text);
      expect(text).toBe(readFileSync(goldenFile(name), 'utf8'));
    });
  }

  it('every golden file parses with nix-instantiate --parse', () => {
    expectAllParse(
      Object.keys(goldenExamples).map((name) => readFileSync(goldenFile(name), 'utf8')),
    );
  });

  it('emitting twice gives the same bytes', () => {
    for (const emit of Object.values(goldenExamples)) expect(emit()).toBe(emit());
  });
});
