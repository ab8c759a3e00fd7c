/**
 * `pnpm conformance <file-or-dir>...`: runs conformance cases (FORMAT.md) against
 * @cdknix/modules through its public API. One line per failing case, then `N passed, N failed`.
 * `--bench`: all queries of a case in one evaluation, median of runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import {
  type ConformanceCase,
  caseFiles,
  firstMismatch,
} from '../packages/modules/src/testing/index.js';
import { benchmark } from './bench-conformance.js';

function loadCase(file: string): ConformanceCase | undefined {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ConformanceCase>;
  return Array.isArray(parsed.modules) && Array.isArray(parsed.expect)
    ? (parsed as ConformanceCase)
    : undefined;
}

const args = process.argv.slice(2);
const bench = args.includes('--bench');
const targets = args.filter((argument) => argument !== '--bench');
if (targets.length === 0) {
  console.error('usage: conformance [--bench] <file-or-dir>...');
  process.exit(2);
}
const files = targets.flatMap(caseFiles);
const cases = files.flatMap((file) => {
  const loaded = loadCase(file);
  return loaded === undefined ? [] : [{ file, conformanceCase: loaded }];
});

if (bench) {
  benchmark(cases, targets);
} else {
  let passed = 0;
  let failed = 0;
  for (const { file, conformanceCase } of cases) {
    const mismatch = firstMismatch(conformanceCase);
    if (mismatch === undefined) {
      passed += 1;
      continue;
    }
    failed += 1;
    console.log(
      `FAIL ${conformanceCase.name} (${file}) at \`${mismatch.path}\`: expected ${mismatch.expected}, got ${mismatch.actual}`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
