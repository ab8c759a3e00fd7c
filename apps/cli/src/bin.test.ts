import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { scratchFleets } from './discover/scratch-fleets.js';

const bin = fileURLToPath(new URL('../bin/cdknix.mjs', import.meta.url));
const fleets = scratchFleets('bin-');
afterAll(fleets.remove);

/** A fleet of one host whose aspect declares `chain.a0` ... and defines each as the next plus one. */
function chainFleet(length: number): string {
  return fleets.write(`chain-${length}`, {
    'cdknix.config.mjs': "export default { hosts: ['hosts/*.ts'] };\n",
    'hosts/web.ts': `
import { defineAspect, defineHost } from '@cdknix/constructs';
import { mkOption, types } from '@cdknix/modules';
const length = ${length};
const chain = defineAspect({
  name: 'chain',
  nixos: ({ config }) => {
    const options: Record<string, unknown> = {};
    const definitions: Record<string, unknown> = { [\`a\${length - 1}\`]: 0 };
    for (let index = 0; index < length; index += 1)
      options[\`a\${index}\`] = mkOption({ type: types.int });
    for (let index = 0; index < length - 1; index += 1)
      definitions[\`a\${index}\`] = () => config.chain[\`a\${index + 1}\`] + 1;
    return { options: { chain: options }, config: { chain: definitions } };
  },
});
export default defineHost({
  name: 'web', class: 'nixos', system: 'x86_64-linux', stateVersion: '25.11', aspects: [chain],
});
`,
  });
}

function evalChain(length: number) {
  return spawnSync(
    process.execPath,
    [bin, '--root', chainFleet(length), 'eval', 'web', 'chain.a0'],
    { encoding: 'utf8' },
  );
}

describe('the cdknix binary', () => {
  // Node's main thread overflows after about 850 options reading each other; Nix 2.8 evaluates
  // such a chain of 4,000 and overflows at 6,000. The binary runs its command in a worker with a
  // deeper stack.
  test('evaluates a chain of 4,000 options, each reading the next, as Nix does', () => {
    const result = evalChain(4000);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ status: 0, stdout: '3999\n' });
  }, 60_000);

  test('reports a chain deeper than its stack as a stack overflow naming the chain, without a trace', () => {
    const result = evalChain(100_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^stack overflow \(possible infinite recursion\) while computing a chain of \d+ options, each read by the one before: chain\.a0 -> chain\.a1 -> chain\.a2 -> /,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
