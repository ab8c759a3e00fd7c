/**
 * One case of `pnpm conformance --bench`, in a process of its own (so that one case's memory
 * does not count against the next). The first evaluation of all the case's queries together
 * is the warm-up, and what a user's single evaluation costs in memory: the process's peak RSS
 * after it is the case's peak memory. Then RUNS timed evaluations back to back (V8 collects
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

const RUNS = 7;

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
const runsMs: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  runQueriesTogether(conformanceCase);
  runsMs.push(performance.now() - start);
}
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
