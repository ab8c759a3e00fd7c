#!/usr/bin/env node
// The one test command (`pnpm test`): typecheck, unit tests, conformance corpus.
// Ends with `N passed, N failed` summing every test it ran, the line CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNix } from './ensure-nix.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }),
};
let passed = 0;
let failed = 0;

function run(title, command, args) {
  process.stdout.write(`\n== ${title} ==\n`);
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  process.stdout.write(result.stdout ?? '');
  return result;
}

ensureNix();

const typecheck = run('typecheck', bin('turbo'), ['run', 'typecheck', '--output-logs=errors-only']);
if (typecheck.status === 0) passed += 1;
else failed += 1;

mkdirSync(join(root, '.tmp'), { recursive: true });
const report = join(root, '.tmp', 'vitest.json');
const vitest = run('unit and integration tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no tests; count it once so it cannot hide.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} else {
  failed += 1;
}
if (vitest.status !== 0 && !existsSync(report)) failed += 1;

const corpus = resolve(root, '..', 'shared', 'conformance', 'cases');
if (existsSync(corpus)) {
  const conformance = run('conformance corpus', bin('tsx'), [
    join(root, 'scripts', 'conformance.ts'),
    corpus,
  ]);
  const summary = /^(\d+) passed, (\d+) failed$/m.exec(conformance.stdout ?? '');
  if (summary) {
    passed += Number(summary[1]);
    failed += Number(summary[2]);
  } else {
    failed += 1;
  }
} else {
  process.stdout.write(`\n(conformance corpus not found at ${corpus}: skipped)\n`);
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
