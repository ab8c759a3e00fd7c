/**
 * The corpus compares errors by kind only (FORMAT.md), but each error query also records the
 * first line of Nix's message. Ours must begin with that line, word for word: users move
 * between cdknix and Nix, and a message they know should read the same. Ours may say more
 * after it (the option cycle, the attributes that do exist).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { caseFiles } from './case-files.js';
import type { ConformanceCase } from './conformance-case.js';
import { runQuery } from './run-case.js';

const corpus = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/conformance/cases',
);

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
