import { afterAll, describe, expect, test } from 'vitest';
import { scratchFleets } from '../discover/scratch-fleets.js';
import { loadConfig } from './load-config.js';

const fleets = scratchFleets('config-');
afterAll(fleets.remove);
const fleet = fleets.write;

describe('cdknix.config validation', () => {
  test('a field of the wrong shape, or an unknown field, is a config error with an example', async () => {
    const root = fleet('bad-config', {
      'cdknix.config.mjs': "export default { hosts: 'hosts/*.ts', machine: ['servers'] };\n",
    });
    const config = await loadConfig(root);
    expect(config.problems.map((problem) => problem.message)).toEqual([
      '`hosts`: expected a list of paths relative to the fleet root',
      'the default export: Unrecognized key: "machine"',
    ]);
    expect(config.problems[0]).toMatchObject({
      kind: 'config',
      path: 'cdknix.config.mjs',
      sites: ['cdknix.config.mjs'],
      hint: expect.stringContaining("hosts: ['hosts/*.ts']"),
    });
    expect(config.machines).toEqual(['machines']);
  });

  test('a config file that throws is reported with its first line, not a stack trace', async () => {
    const root = fleet('throwing-config', {
      'cdknix.config.mjs': "throw new Error('no such team\\nstack...');\n",
    });
    expect((await loadConfig(root)).problems.map((problem) => problem.message)).toEqual([
      'loading the config failed: no such team',
    ]);
  });

  test('without a config file, hosts are the packages under machines/ and output goes to out/', async () => {
    const config = await loadConfig(fleet('no-config', {}));
    expect(config).toMatchObject({ machines: ['machines'], hosts: [], out: 'out', problems: [] });
  });
});
