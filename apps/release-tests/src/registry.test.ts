import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalRegistry, startRegistry } from './registry.js';

describe('startRegistry', () => {
  let registry: LocalRegistry;
  const scratch = mkdtempSync(join(tmpdir(), 'cdknix-registry-test-'));

  beforeAll(async () => {
    registry = await startRegistry();
  }, 60_000);
  afterAll(async () => {
    await registry?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('a package published with the token is served back with its version', async () => {
    const source = join(scratch, 'package');
    mkdirSync(source);
    writeFileSync(
      join(source, 'package.json'),
      JSON.stringify({ name: '@cdknix-test/hello', version: '1.2.3', main: 'index.js' }),
    );
    writeFileSync(join(source, 'index.js'), 'module.exports = "hello";\n');
    writeFileSync(join(source, '.npmrc'), registry.npmrc());
    const published = spawnSync('npm', ['publish', '--registry', registry.url], {
      cwd: source,
      encoding: 'utf8',
    });
    expect(published.stderr).not.toMatch(/ERR!/);
    expect(published.status).toBe(0);

    const document = await registry.packument('@cdknix-test/hello');
    expect(document?.['dist-tags'].latest).toBe('1.2.3');
    expect(await registry.packument('@cdknix-test/absent')).toBeUndefined();
  }, 60_000);

  test('stop() ends the process by its PID and removes the folder', async () => {
    const other = await startRegistry();
    const { pid, directory } = other;
    expect(existsSync(join(directory, 'config.yaml'))).toBe(true);
    expect(readFileSync(join(directory, 'config.yaml'), 'utf8')).toContain('uplinks: {}');
    await other.stop();
    expect(() => process.kill(pid, 0)).toThrow();
    expect(existsSync(directory)).toBe(false);
  }, 60_000);
});
