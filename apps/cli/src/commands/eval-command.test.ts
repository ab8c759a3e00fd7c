import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Capture } from '../testing/capture.js';
import { evalCommand } from './eval-command.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

async function run(
  host: string,
  path: string | undefined,
  options: { json?: boolean; user?: string } = {},
) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await evalCommand({
    root,
    host,
    path,
    user: options.user,
    json: options.json ?? false,
    stdout,
    stderr,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('cdknix eval', () => {
  test("prints a host's option as Nix", async () => {
    const result = await run('cinnabar', 'networking.hostName');
    expect(result).toMatchObject({ code: 0, stdout: '"cinnabar"\n' });
  }, 30_000);

  test('prints JSON with packages tagged as references', async () => {
    const result = await run('stibnite', 'home.packages', { json: true, user: 'crs58' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toContainEqual({ $ref: 'pkgs.aider-chat' });
  }, 30_000);

  test('an unknown option fails with a suggestion', async () => {
    const result = await run('cinnabar', 'networking.hostNme');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('hostName');
  }, 30_000);

  test('an unknown host lists the hosts there are', async () => {
    const result = await run('nope', undefined);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cinnabar');
  }, 30_000);
});
