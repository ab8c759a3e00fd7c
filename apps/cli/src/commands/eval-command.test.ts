import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Capture } from '../testing/capture.js';
import { evalCommand } from './eval-command.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

async function run(
  host: string,
  path: string | undefined,
  options: { json?: boolean; user?: string; definitions?: boolean } = {},
) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await evalCommand({
    root,
    host,
    path,
    user: options.user,
    json: options.json ?? false,
    definitions: options.definitions ?? false,
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

  test('--definitions names where each surviving definition was written, through submodules', async () => {
    // `nix.settings` is a freeform submodule; `max-jobs` is written with mkDefault in one aspect.
    const file = join(root, 'aspects/system/src/nix-settings.ts');
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((text) => text.includes("'max-jobs': mkDefault")) + 1;
    const result = await run('stibnite', 'nix.settings.max-jobs', { definitions: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Defined by:\n  aspects/system: src/nix-settings.ts:${line} (lib.mkDefault)\n`,
    );
    const json = await run('stibnite', 'nix.settings.max-jobs', { definitions: true, json: true });
    expect(JSON.parse(json.stdout)).toMatchObject({
      value: 'auto',
      definitions: [{ site: `aspects/system: src/nix-settings.ts:${line}`, priority: 1000 }],
    });
  }, 30_000);

  test('--definitions on a set of options says so and names an option in it', async () => {
    const result = await run('cinnabar', 'services.openssh', { definitions: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is a set of options, not one option.*services\.openssh\./);
  }, 30_000);

  test('the whole configuration, or a set of options, shows the options that have a value', async () => {
    // Some options of the shipped NixOS subset have no default here (Nix has its own): they
    // are left out, as unset, instead of failing the whole value.
    const whole = await run('galena', undefined);
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('device = "/dev/vda";');
    const settings = await run('stibnite', 'nix', { json: true });
    expect(JSON.parse(settings.stdout).settings).toMatchObject({
      'keep-outputs': true,
      'max-jobs': 'auto',
    });
    expect((await run('cinnabar', 'services.openssh')).stdout).toContain('ports = [ 22 ];');
  }, 30_000);

  test('an unknown host lists the hosts there are', async () => {
    const result = await run('nope', undefined);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cinnabar');
  }, 30_000);
});
