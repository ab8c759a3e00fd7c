import { afterAll, describe, expect, test, vi } from 'vitest';
import { scratchFleets } from './discover/scratch-fleets.js';
import { main } from './main.js';

const fleets = scratchFleets('main-');
afterAll(fleets.remove);

describe('cdknix', () => {
  test('an exception no command reports is printed with its message, never swallowed', async () => {
    const root = fleets.write('throwing-setting', {
      'cdknix.config.mjs': "export default { hosts: ['hosts/*.ts'] };\n",
      'hosts/web.ts': [
        "import { defineHost } from '@cdknix/constructs';",
        'export default defineHost({',
        "  name: 'web', class: 'nixos', system: 'x86_64-linux', stateVersion: '25.11',",
        "  settings: { time: { timeZone: () => { throw new Error('no zone configured'); } } },",
        '});',
        '',
      ].join('\n'),
    });
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['eval', 'web', 'time.timeZone', '--root', root])).toBe(1);
    } finally {
      stderr.mockRestore();
    }
    expect(written.join('')).toContain('cdknix: no zone configured');
    expect(written.join('')).not.toMatch(/^\s+at /m);
  }, 30_000);
});
