/**
 * One case of `pnpm conformance --bench`, in a process of its own (so that one case's memory
 * does not count against the next). The first evaluation of all the case's queries together
 * is what a user's single evaluation costs in memory: the process's peak RSS after it is the
 * case's peak memory. Then more warm-up evaluations, until V8 has compiled the hot paths (at
 * least WARM_UP_MS of them: a small case's first runs are mostly compilation), and timed
 * evaluations back to back, at least MIN_RUNS and at least MIN_TIMED_MS in all (V8 collects
 * garbage when it chooses: forcing a collection between runs clears V8's caches and slows the
 * next run). Prints one JSON line for bench-conformance.ts.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  type ConformanceCase,
  outcomeMatches,
  runQueriesTogether,
} from '../packages/modules/src/testing/index.js';

const WARM_UP_MS = 1500;
const MIN_RUNS = 7;
const MIN_TIMED_MS = 1500;
const MAX_RUNS = 500;

export interface CaseMeasurement {
  name: string;
  correct: boolean;
  runsMs: number[];
  medianMs: number;
  /** Peak RSS of the process after ONE evaluation (reading the case included). */
  peakRssMb: number;
  /** Peak RSS after all the runs, garbage of earlier runs included. */
  peakRssAllRunsMb: number;
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

const conformanceCase = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ConformanceCase;
const outcomes = runQueriesTogether(conformanceCase);
const correct = conformanceCase.expect.every((query, index) =>
  outcomeMatches(query, outcomes[index]!),
);
const afterOneEvaluation = peakRssMb();

/** Evaluates until both `minimum` runs and `minimumMs` are done; the time of each run. */
function evaluateRepeatedly(minimum: number, minimumMs: number): number[] {
  const times: number[] = [];
  let total = 0;
  while (times.length < minimum || (total < minimumMs && times.length < MAX_RUNS)) {
    const start = performance.now();
    runQueriesTogether(conformanceCase);
    const elapsed = performance.now() - start;
    times.push(elapsed);
    total += elapsed;
  }
  return times;
}

evaluateRepeatedly(1, WARM_UP_MS);
const runsMs = evaluateRepeatedly(MIN_RUNS, MIN_TIMED_MS);
const sorted = [...runsMs].sort((left, right) => left - right);
const measurement: CaseMeasurement = {
  name: conformanceCase.name,
  correct,
  runsMs,
  medianMs: sorted[Math.floor(sorted.length / 2)]!,
  peakRssMb: afterOneEvaluation,
  peakRssAllRunsMb: peakRssMb(),
};
console.log(JSON.stringify(measurement));
