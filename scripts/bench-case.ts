/**
 * One case of `pnpm conformance --bench`, in a process of its own (so that one case's memory
 * does not count against the next): a warm-up, then RUNS timed evaluations of all the case's
 * queries together. The garbage of the previous run is collected before each run, outside the
 * timed region. Prints one JSON line for bench-conformance.ts.
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
  peakRssMb: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (collectGarbage === undefined) throw new Error('bench-case needs node --expose-gc');

const conformanceCase = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ConformanceCase;
const outcomes = runQueriesTogether(conformanceCase);
const correct = conformanceCase.expect.every((query, index) =>
  outcomeMatches(query, outcomes[index]!),
);
const runsMs: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  collectGarbage();
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
  peakRssMb: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(measurement));
