/**
 * The benchmark behind `pnpm conformance --bench <dir>`: each case measured in a process of
 * its own by bench-case.ts (median in-process milliseconds of all queries in one evaluation,
 * over at least 7 runs after a warm-up (see bench-case.ts); peak RSS of the process after one evaluation, and after all
 * runs), compared with Nix when a
 * `nix-baseline.json` sits beside the cases: the ratio per case, and how time grows with the
 * size `s` between consecutive cases, beside Nix's growth.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConformanceCase } from '../packages/modules/src/testing/index.js';
import type { CaseMeasurement } from './bench-case.js';

interface BaselineCase {
  case: string;
  s?: number;
  medianMs: number;
}

interface Baseline {
  startupMedianMs?: number;
  cases: BaselineCase[];
}

interface NixFigures {
  inProcessMs: number;
  s: number | undefined;
}

function loadBaselines(targets: readonly string[]): Map<string, NixFigures> {
  const figures = new Map<string, NixFigures>();
  for (const target of targets) {
    const directory = statSync(target).isDirectory() ? target : dirname(target);
    const file = join(directory, 'nix-baseline.json');
    if (!existsSync(file)) continue;
    const baseline = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
    for (const entry of baseline.cases) {
      figures.set(entry.case, {
        inProcessMs: entry.medianMs - (baseline.startupMedianMs ?? 0),
        s: entry.s,
      });
    }
  }
  return figures;
}

const benchCase = fileURLToPath(new URL('./bench-case.ts', import.meta.url));

function measure(file: string): CaseMeasurement {
  // The child runs under the same loader (tsx) as this process.
  const output = execFileSync(process.execPath, [...process.execArgv, benchCase, file], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as CaseMeasurement;
}

function growthExponent(fromS: number, toS: number, fromMs: number, toMs: number): number {
  return Math.log(toMs / fromMs) / Math.log(toS / fromS);
}

export function benchmark(
  cases: readonly { file: string; conformanceCase: ConformanceCase }[],
  targets: readonly string[],
): void {
  const nix = loadBaselines(targets);
  let passed = 0;
  let failed = 0;
  const sized: { s: number; ms: number; nixMs: number }[] = [];
  for (const { file } of cases) {
    const measured = measure(file);
    const baseline = nix.get(measured.name);
    const ratio =
      baseline === undefined
        ? ''
        : `, Nix in-process ${baseline.inProcessMs.toFixed(0)} ms, ${(baseline.inProcessMs / measured.medianMs).toFixed(1)}x faster`;
    console.log(
      `${measured.name}: median ${measured.medianMs.toFixed(2)} ms over ${measured.runsMs.length} runs${ratio}, peak RSS ${measured.peakRssMb.toFixed(0)} MB for one evaluation (${measured.peakRssAllRunsMb.toFixed(0)} MB after all runs)${measured.correct ? '' : ' (RESULTS DIFFER FROM EXPECT)'}`,
    );
    if (baseline?.s !== undefined)
      sized.push({ s: baseline.s, ms: measured.medianMs, nixMs: baseline.inProcessMs });
    if (measured.correct) passed += 1;
    else failed += 1;
  }
  sized.sort((left, right) => left.s - right.s);
  for (let index = 1; index < sized.length; index += 1) {
    const from = sized[index - 1]!;
    const to = sized[index]!;
    console.log(
      `growth s=${from.s} -> s=${to.s}: time x${(to.ms / from.ms).toFixed(2)}, exponent ${growthExponent(from.s, to.s, from.ms, to.ms).toFixed(2)} (Nix: exponent ${growthExponent(from.s, to.s, from.nixMs, to.nixMs).toFixed(2)})`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
}
