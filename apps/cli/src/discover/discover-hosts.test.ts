import { renderProblems } from '@cdknix/constructs';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { discoverHosts } from './discover-hosts.js';
import { scratchFleets } from './scratch-fleets.js';

// Fleets laid out unlike ours, inside the cli package so that `@cdknix/constructs` resolves.
const fleets = scratchFleets('discover-');
afterAll(fleets.remove);
const fleet = fleets.write;

const host = (name: string) =>
  [
    "import { defineHost } from '@cdknix/constructs';",
    `export default defineHost({ name: '${name}', class: 'nixos', system: 'x86_64-linux', stateVersion: '25.11' });`,
    '',
  ].join('\n');

describe('host discovery for a layout that is not ours', () => {
  test('hosts as files and as packages anywhere, from glob patterns in cdknix.config', async () => {
    const root = fleet('files', {
      'cdknix.config.mjs': "export default { hosts: ['hosts/*.ts', 'teams/*/servers/*'] };\n",
      'hosts/web1.ts': host('web1'),
      'hosts/db1.ts': host('db1'),
      'teams/data/servers/api/package.json': JSON.stringify({ name: 'api', main: 'host.ts' }),
      'teams/data/servers/api/host.ts': host('api'),
      // not matched: the default `machines` folder is not read once `hosts` is given
      'machines/old/package.json': JSON.stringify({ name: 'old' }),
      'machines/old/src/index.ts': host('old'),
    });
    const config = await loadConfig(root);
    expect(config).toMatchObject({ machines: [], problems: [] });
    const { hosts, problems } = await discoverHosts(root, config);
    expect(problems).toEqual([]);
    expect(hosts.map((found) => [found.spec.name, found.folder])).toEqual([
      ['api', 'teams/data/servers/api'],
      ['db1', 'hosts/db1.ts'],
      ['web1', 'hosts/web1.ts'],
    ]);
  });

  test('both machines folders and patterns, each host once', async () => {
    const root = fleet('both', {
      'cdknix.config.mjs':
        "export default { machines: ['fleet'], hosts: ['fleet/*', 'extra/*.ts'] };\n",
      'fleet/a/package.json': JSON.stringify({ name: 'a', exports: { '.': './src/index.ts' } }),
      'fleet/a/src/index.ts': host('a'),
      'extra/b.ts': host('b'),
    });
    const { hosts, problems } = await discoverHosts(root, await loadConfig(root));
    expect(problems).toEqual([]);
    expect(hosts.map((found) => found.spec.name)).toEqual(['a', 'b']);
  });

  test('a matched file that is not a host is an error naming the file and the fix', async () => {
    const root = fleet('not-a-host', {
      'cdknix.config.mjs': "export default { hosts: ['hosts/*.ts'] };\n",
      'hosts/helpers.ts': 'export default 42;\n',
    });
    const { problems } = await discoverHosts(root, await loadConfig(root));
    expect(renderProblems(problems)).toBe(
      [
        'error: hosts/helpers.ts: the default export of hosts/helpers.ts is not a host',
        '  defined at hosts/helpers.ts',
        '  fix: export default defineHost({ name, class, system, ... })',
      ].join('\n'),
    );
  });
});
