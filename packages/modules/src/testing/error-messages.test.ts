/**
 * The corpus compares errors by kind only (FORMAT.md), but each error query also records the
 * first line of Nix's message. Ours must begin with that line, word for word: users move
 * between cdknix and Nix, and a message they know should read the same. Ours may say more
 * after it (the option cycle, the attributes that do exist).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { ConformanceCase } from './conformance-case.js';
import { runQuery } from './run-case.js';

const corpus = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/conformance/cases',
);

function caseFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((entry) => {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) return caseFiles(path);
      return entry.endsWith('.json') ? [path] : [];
    });
}

const errorQueries = existsSync(corpus)
  ? caseFiles(corpus).flatMap((file) => {
      const conformanceCase = JSON.parse(readFileSync(file, 'utf8')) as ConformanceCase;
      return conformanceCase.expect
        .filter((query) => query.error !== undefined && query.message !== undefined)
        .map((query) => ({ conformanceCase, query }));
    })
  : [];

describe.skipIf(errorQueries.length === 0)('error messages of the conformance corpus', () => {
  test("begin with Nix's first line, word for word", () => {
    const differing = errorQueries.flatMap(({ conformanceCase, query }) => {
      const outcome = runQuery(conformanceCase, query);
      const message = 'message' in outcome ? outcome.message : '(no error)';
      return message.startsWith(query.message!)
        ? []
        : [`${conformanceCase.name} \`${query.path}': Nix "${query.message}", ours "${message}"`];
    });
    expect(differing).toEqual([]);
    expect(errorQueries.length).toBeGreaterThan(300);
  });
});
