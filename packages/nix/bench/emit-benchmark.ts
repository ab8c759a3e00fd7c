// Emits a configuration of 100,000 leaf values and compares with JSON.stringify of the same data
// in the same run. Target: toNix within 5x of JSON.stringify.
import { performance } from 'node:perf_hooks';
import { toNix } from '../src/index.js';

const leafCount = 100_000;

/** 1,000 hosts × 100 leaves: strings (some multi-line), ints, floats, booleans, lists, nested sets. */
function configuration(): Record<string, unknown> {
  const hosts: Record<string, unknown> = {};
  for (let host = 0; host < leafCount / 100; host++) {
    const services: Record<string, unknown> = {};
    for (let service = 0; service < 10; service++) {
      services[`service-${service}`] = {
        enable: service % 2 === 0,
        port: 8000 + service,
        weight: service / 7,
        description: `Service ${service} on host ${host} with "quotes" and \${dollar}`,
        extraConfig: service === 0 ? `line one\n  line two ${host}\n` : `single line ${service}`,
        settings: { user: `user${service}`, group: 'wheel', nice: -service },
        ports: [80 + service, 443 + service],
      };
    }
    hosts[`host${host}.example.org`] = { services };
  }
  return hosts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median durations of `first` and `second`, run alternately so that both see the same machine
 * load (the build machine is shared; a burst of load would otherwise hit only one of them).
 */
function timeAlternately(first: () => unknown, second: () => unknown, rounds: number): number[] {
  const firstDurations: number[] = [];
  const secondDurations: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    first();
    firstDurations.push(performance.now() - start);
    start = performance.now();
    second();
    secondDurations.push(performance.now() - start);
  }
  return [median(firstDurations), median(secondDurations)];
}

const data = configuration();
for (let warmup = 0; warmup < 5; warmup++) {
  toNix(data as never);
  JSON.stringify(data);
}
const rounds = 21;
const [nixMilliseconds = Number.NaN, jsonMilliseconds = Number.NaN] = timeAlternately(
  () => toNix(data as never),
  () => JSON.stringify(data),
  rounds,
);
const per10k = (milliseconds: number) => (milliseconds / (leafCount / 10_000)).toFixed(2);
const ratio = nixMilliseconds / jsonMilliseconds;
console.log(
  `leaves: ${leafCount}, output: ${toNix(data as never).length} characters (JSON: ${JSON.stringify(data).length})`,
);
console.log(
  `toNix:          ${nixMilliseconds.toFixed(1)} ms (${per10k(nixMilliseconds)} ms per 10,000 values, median of ${rounds})`,
);
console.log(
  `JSON.stringify: ${jsonMilliseconds.toFixed(1)} ms (${per10k(jsonMilliseconds)} ms per 10,000 values, median of ${rounds})`,
);
console.log(
  `ratio: ${ratio.toFixed(2)}x JSON.stringify (target: within 5x) ${ratio <= 5 ? 'OK' : 'OVER TARGET'}`,
);
