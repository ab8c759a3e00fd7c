import { performance } from 'node:perf_hooks';

/** Times `runs` calls of `run` after `warmUps` untimed ones: the median and fastest, in ms. */
export function timedRuns(
  run: () => unknown,
  runs: number,
  warmUps = 1,
): { medianMs: number; fastestMs: number } {
  for (let index = 0; index < warmUps; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((left, right) => left - right);
  return { medianMs: times[Math.floor(runs / 2)]!, fastestMs: times[0]! };
}
