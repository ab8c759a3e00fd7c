/**
 * The benchmark behind `pnpm conformance --bench <dir>`: per case, all queries evaluated in one
 * evaluation; median in-process milliseconds over 7 runs after a warm-up, peak memory, and the
 * ratio to Nix when a `nix-baseline.json` sits beside the cases.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type ConformanceCase,
  outcomeMatches,
  runQueriesTogether,
} from '../packages/modules/src/testing/index.js';

const RUNS = 7;

interface Baseline {
  startupMedianMs?: number;
  cases: { case: string; medianMs: number }[];
}

function loadBaselines(targets: readonly string[]): Map<string, number> {
  const inProcess = new Map<string, number>();
  for (const target of targets) {
    const directory = statSync(target).isDirectory() ? target : dirname(target);
    const file = join(directory, 'nix-baseline.json');
    if (!existsSync(file)) continue;
    const baseline = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
    for (const entry of baseline.cases)
      inProcess.set(entry.case, entry.medianMs - (baseline.startupMedianMs ?? 0));
  }
  return inProcess;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchmark(
  cases: readonly { file: string; conformanceCase: ConformanceCase }[],
  targets: readonly string[],
): void {
  const nix = loadBaselines(targets);
  let passed = 0;
  let failed = 0;
  for (const { conformanceCase } of cases) {
    const outcomes = runQueriesTogether(conformanceCase);
    const correct = conformanceCase.expect.every((query, index) =>
      outcomeMatches(query, outcomes[index]!),
    );
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      runQueriesTogether(conformanceCase);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    const peakMb = process.resourceUsage().maxRSS / 1024;
    const nixMs = nix.get(conformanceCase.name);
    const ratio =
      nixMs === undefined
        ? ''
        : `, Nix in-process ${nixMs.toFixed(0)} ms, ${(nixMs / ms).toFixed(1)}x faster`;
    console.log(
      `${conformanceCase.name}: median ${ms.toFixed(2)} ms over ${RUNS} runs${ratio}, peak RSS ${peakMb.toFixed(0)} MB${correct ? '' : ' (RESULTS DIFFER FROM EXPECT)'}`,
    );
    if (correct) passed += 1;
    else failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
}
