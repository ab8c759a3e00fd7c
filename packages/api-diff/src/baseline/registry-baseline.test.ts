import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalRegistry, startRegistry } from '@cdknix/release-tests/registry';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diffApi } from '../diff/diff-api.js';
import { ApiDiffError } from '../errors/api-diff-error.js';
import { renderDiff } from '../render/render-diff.js';
import { createTempWorkspace, type TempWorkspace } from '../testing/temp-workspace.js';
import { diffWorkspace, updateBaselines } from '../workspace/diff-workspace.js';
import { readRegistryBaseline } from './registry-baseline.js';

const aspect = (options: string) => `
import { defineAspect } from '@cdknix/constructs';
import { mkOption, types } from '@cdknix/modules';

export const demo = defineAspect({
  name: 'demo',
  darwin: () => ({}),
  options: { ${options} },
});
`;
const casks = 'casks: mkOption({ type: types.listOf(types.str), default: [] }),';
const fonts = 'fonts: mkOption({ type: types.bool, default: true }),';
const brews = 'brews: mkOption({ type: types.listOf(types.str), default: [] }),';

/**
 * GIVEN a real registry (verdaccio on loopback) where 1.0.0 and then 1.1.0 of an aspect were
 * published the way a release publishes them (`cdknix api-diff --update`, then publish with
 * api.json in `files`), WHEN the working tree drops an option, THEN api-diff against the
 * registry compares with 1.1.0 and asks for a major release.
 */
describe('the registry baseline', () => {
  let registry: LocalRegistry;
  let workspace: TempWorkspace;

  const publish = (directory: string) =>
    execFileSync('npm', ['publish', '--registry', registry.url, '--silent'], {
      cwd: directory,
      stdio: 'pipe',
    });

  beforeAll(async () => {
    registry = await startRegistry();
    workspace = createTempWorkspace('@cdknix-demo/aspect-demo');
    const packageDirectory = join(workspace.root, 'aspects/demo');
    for (const [version, options] of [
      ['1.0.0', casks + fonts],
      ['1.1.0', casks + fonts + brews],
    ] as const) {
      workspace.writeAspect(aspect(options), version);
      writeFileSync(join(packageDirectory, '.npmrc'), registry.npmrc('@cdknix-demo'));
      await updateBaselines({ root: workspace.root });
      publish(packageDirectory);
    }
  }, 120_000);

  afterAll(async () => {
    await registry?.stop();
    workspace?.dispose();
  });

  test('is the api.json of the latest published version', async () => {
    const baseline = await readRegistryBaseline('@cdknix-demo/aspect-demo', registry.url);
    expect(baseline.version).toBe('1.1.0');
    expect(baseline.source).toBe(`@cdknix-demo/aspect-demo@1.1.0 on ${registry.url}`);
    expect(Object.keys(baseline.api.aspects.demo!.options)).toEqual(['brews', 'casks', 'fonts']);
  }, 60_000);

  test('a working tree without `fonts` needs a major release against it', async () => {
    workspace.writeAspect(aspect(casks + brews), '1.1.0');
    const { packages } = await diffWorkspace({ root: workspace.root, registry: registry.url });
    const [only] = packages;
    expect(renderDiff(only!.diff, only!.baseline)).toBe(
      [
        `@cdknix-demo/aspect-demo: needs a major release (against @cdknix-demo/aspect-demo@1.1.0 on ${registry.url}, 1.1.0)`,
        '  major  aspects.demo.fonts: removed (was boolean, default true)',
        '',
      ].join('\n'),
    );
  }, 60_000);

  test('a package the registry does not have was never released: everything is new', async () => {
    const baseline = await readRegistryBaseline('@cdknix-demo/aspect-unknown', registry.url);
    expect(baseline.version).toBe('none');
    expect(diffApi(baseline.api, baseline.api).bump).toBe('none');
    expect(baseline.api.aspects).toEqual({});
  }, 60_000);

  test('a published package without api.json is an error with the fix', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'cdknix-no-api-'));
    try {
      writeFileSync(
        join(directory, 'package.json'),
        JSON.stringify({ name: '@cdknix-demo/aspect-old', version: '0.1.0', files: ['index.js'] }),
      );
      writeFileSync(join(directory, 'index.js'), 'export {};\n');
      writeFileSync(join(directory, '.npmrc'), registry.npmrc('@cdknix-demo'));
      publish(directory);
      const error = await readRegistryBaseline('@cdknix-demo/aspect-old', registry.url).catch(
        (caught: unknown) => caught,
      );
      expect(ApiDiffError.is(error)).toBe(true);
      expect((error as Error).message).toContain(
        `@cdknix-demo/aspect-old@0.1.0 on ${registry.url}: the published package has no api.json`,
      );
      expect((error as Error).message).toContain('fix: compare with the committed baseline');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

test('a registry that does not answer is an error naming it, with the fix', async () => {
  const error = await readRegistryBaseline('@cdknix-demo/aspect-demo', 'http://127.0.0.1:1').catch(
    (caught: unknown) => caught,
  );
  expect(ApiDiffError.is(error)).toBe(true);
  expect((error as Error).message).toMatch(
    /^http:\/\/127\.0\.0\.1:1\/: npm pack @cdknix-demo\/aspect-demo@latest failed: ECONNREFUSED/,
  );
}, 60_000);
