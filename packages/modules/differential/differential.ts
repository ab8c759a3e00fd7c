/**
 * `pnpm conformance:differential --lib <nixpkgs>/lib [--runs N] [--seed S] [--corpus DIR]`:
 * compares @cdknix/modules with real Nix (nix-instantiate and a nixpkgs `lib`) on random
 * conformance cases, and prints the smallest case fast-check finds where the two differ.
 * `--corpus DIR` instead checks the oracle itself: real Nix, through the rendering, must give
 * every recorded answer of the corpus.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import {
  type ConformanceCase,
  type ConformanceQuery,
  caseFiles,
  outcomeMatches,
  type QueryOutcome,
  runQuery,
} from '../src/testing/index.js';
import { arbitraryCase } from './arbitrary-case.js';
import { nixOracle } from './nix-oracle.js';

const { values } = parseArgs({
  options: {
    lib: { type: 'string' },
    runs: { type: 'string', default: '200' },
    seed: { type: 'string' },
    corpus: { type: 'string' },
  },
});
if (values.lib === undefined) {
  console.error(
    'usage: conformance:differential --lib <nixpkgs>/lib [--runs N] [--seed S] [--corpus DIR]',
  );
  process.exit(2);
}
const oracle = nixOracle(resolve(values.lib));

function show(outcome: QueryOutcome): string {
  return 'error' in outcome
    ? `error ${outcome.error}: ${outcome.message}`
    : JSON.stringify(outcome.value);
}

function checkCorpus(directory: string): void {
  let passed = 0;
  let failed = 0;
  for (const file of caseFiles(directory)) {
    const conformanceCase = JSON.parse(readFileSync(file, 'utf8')) as ConformanceCase;
    for (const query of conformanceCase.expect) {
      const outcome = oracle.outcome(conformanceCase, query.path);
      if (outcomeMatches(query, outcome)) passed += 1;
      else {
        failed += 1;
        console.log(
          `FAIL ${file} at \`${query.path}\`: recorded ${JSON.stringify(query)}, Nix now ${show(outcome)}`,
        );
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

/** The query as Nix answers it, in the corpus's form. */
function expected(outcome: QueryOutcome, path: string): ConformanceQuery {
  return 'error' in outcome
    ? { path, error: outcome.error, message: outcome.message }
    : { path, value: outcome.value };
}

/**
 * Nix errors the format has no kind for (FORMAT.md: "Other outcomes ... never appear in the
 * corpus"): a case that meets one is set aside, and each distinct message is reported.
 */
const unclassified = new Map<string, { count: number; example: ConformanceCase }>();

function differential(runs: number, seed: number | undefined): void {
  let queries = 0;
  const property = fc.property(arbitraryCase(), (conformanceCase) => {
    for (const query of conformanceCase.expect) {
      queries += 1;
      const nix = oracle.outcome(conformanceCase, query.path);
      if ('error' in nix && nix.error.startsWith('unclassified')) {
        const known = unclassified.get(nix.message);
        if (known === undefined)
          unclassified.set(nix.message, { count: 1, example: conformanceCase });
        else known.count += 1;
        fc.pre(false);
      }
      const ours = runQuery(conformanceCase, query);
      if (!outcomeMatches(expected(nix, query.path), ours))
        throw new Error(`at \`${query.path}\`: Nix ${show(nix)}\n  cdknix ${show(ours)}`);
    }
  });
  const result = fc.check(property, { numRuns: runs, seed, maxSkipsPerRun: 10 });
  for (const [message, { count, example }] of unclassified) {
    console.log(`set aside ${count}x, Nix error outside the format: ${message}`);
    console.log(`  for example: ${JSON.stringify(example.modules)}`);
  }
  if (result.failed) {
    const [counterexample] = result.counterexample as [ConformanceCase];
    console.log(
      `DIFFERS (seed ${result.seed}, after ${result.numRuns} cases, ${result.numShrinks} shrinks)`,
    );
    console.log(String((result.errorInstance as Error)?.message ?? result.errorInstance));
    console.log(JSON.stringify(counterexample, null, 1));
    process.exitCode = 1;
  } else {
    console.log(
      `${result.numRuns} random cases (${queries} queries, seed ${result.seed}): cdknix gives Nix's answer to every query`,
    );
  }
}

try {
  if (values.corpus !== undefined) checkCorpus(values.corpus);
  else
    differential(Number(values.runs), values.seed === undefined ? undefined : Number(values.seed));
} finally {
  oracle.dispose();
}
