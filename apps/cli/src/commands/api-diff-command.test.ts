import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempWorkspace, type TempWorkspace } from '@cdknix/api-diff/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Capture } from '../testing/capture.js';
import { apiDiffCommand } from './api-diff-command.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The demo aspect: `fonts` is the option the tests remove. */
const aspectSource = (options: { fonts?: boolean } = {}) => `
import { defineAspect } from '@cdknix/constructs';
import { mkOption, types } from '@cdknix/modules';

export const demo = defineAspect({
  name: 'demo',
  darwin: () => ({}),
  options: {
    casks: mkOption({ type: types.listOf(types.str), default: [], description: 'Casks.' }),
    ${options.fonts === false ? '' : "fonts: mkOption({ type: types.bool, default: true, description: 'Fonts.' }),"}
  },
});
`;

async function run(
  root: string,
  flags: Partial<{ check: boolean; update: boolean; json: boolean; registry: string }> = {},
) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await apiDiffCommand({
    root,
    packages: [],
    registry: flags.registry,
    json: flags.json ?? false,
    update: flags.update ?? false,
    check: flags.check ?? false,
    stdout,
    stderr,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('cdknix api-diff on a workspace whose last release had `fonts`', () => {
  let workspace: TempWorkspace;
  beforeEach(async () => {
    workspace = createTempWorkspace();
    workspace.writeAspect(aspectSource());
    expect(await run(workspace.root, { update: true })).toMatchObject({
      code: 0,
      stdout: 'wrote aspects/demo/api.json\n',
    });
  });
  afterEach(() => workspace.dispose());

  test('no API change passes the gate without a changeset', async () => {
    const result = await run(workspace.root, { check: true });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('api-diff: 1 aspect packages checked, no API changes\n');
  });

  test('a removed option with no changeset fails, naming the option, the bump and the fix', async () => {
    workspace.writeAspect(aspectSource({ fonts: false }));
    const result = await run(workspace.root, { check: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '@cdknix-demo/aspect-demo: the API change needs a major release, and no pending changeset names the package',
    );
    expect(result.stderr).toContain(
      '  major  aspects.demo.fonts: removed (was boolean, default true)',
    );
    expect(result.stderr).toContain('"@cdknix-demo/aspect-demo": major');
  });

  test('a removed option with a patch changeset fails; with a major one it passes', async () => {
    workspace.writeAspect(aspectSource({ fonts: false }));
    workspace.writeChangeset(
      'drop-fonts',
      '---\n"@cdknix-demo/aspect-demo": patch\n---\n\nDrop fonts.\n',
    );
    const patch = await run(workspace.root, { check: true });
    expect(patch.code).toBe(1);
    expect(patch.stderr).toContain(
      '@cdknix-demo/aspect-demo: the API change needs a major release; .changeset/drop-fonts.md asks for patch',
    );
    expect(patch.stderr).toContain('fix: ask for major in .changeset/drop-fonts.md');

    workspace.writeChangeset(
      'drop-fonts',
      '---\n"@cdknix-demo/aspect-demo": major\n---\n\nDrop fonts.\n',
    );
    const major = await run(workspace.root, { check: true });
    expect(major).toMatchObject({ code: 0, stderr: '' });
    expect(major.stdout).toContain('1 with API changes, each covered by a pending changeset');
  });

  test('a changeset for another package does not cover the change', async () => {
    workspace.writeAspect(aspectSource({ fonts: false }));
    workspace.writeChangeset('other', '---\n"@cdknix-demo/aspect-other": major\n---\n\nOther.\n');
    expect((await run(workspace.root, { check: true })).code).toBe(1);
  });

  test('a changeset without frontmatter is reported with its file and the fix', async () => {
    workspace.writeChangeset('broken', 'no frontmatter here\n');
    const result = await run(workspace.root, { check: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^api-diff: \.changeset\/broken\.md: could not parse changeset/);
    expect(result.stderr).toContain('"@cdknix/aspect-x": minor');
  });

  test('the report prints one line per change, and --json the same as data', async () => {
    workspace.writeAspect(aspectSource({ fonts: false }));
    const human = await run(workspace.root);
    expect(human.code).toBe(0);
    expect(human.stdout).toBe(
      [
        '@cdknix-demo/aspect-demo: needs a major release (against aspects/demo/api.json, 1.0.0)',
        '  major  aspects.demo.fonts: removed (was boolean, default true)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await run(workspace.root, { json: true })).stdout);
    expect(json.packages).toEqual([
      {
        name: '@cdknix-demo/aspect-demo',
        baseline: { source: 'aspects/demo/api.json', version: '1.0.0' },
        bump: 'major',
        changes: [
          {
            kind: 'removed',
            bump: 'major',
            path: 'aspects.demo.fonts',
            detail: 'removed (was boolean, default true)',
          },
        ],
      },
    ]);
  });

  test('--update records the new API: the gate then passes with no changeset', async () => {
    workspace.writeAspect(aspectSource({ fonts: false }));
    await run(workspace.root, { update: true });
    const baseline = JSON.parse(
      readFileSync(join(workspace.root, 'aspects/demo/api.json'), 'utf8'),
    );
    expect(Object.keys(baseline.aspects.demo.options)).toEqual(['casks']);
    expect((await run(workspace.root, { check: true })).code).toBe(0);
  });

  test('the cdknix binary fails the gate with the message and no stack trace', () => {
    workspace.writeAspect(aspectSource({ fonts: false }));
    const result = spawnSync(
      process.execPath,
      [
        join(repositoryRoot, 'apps/cli/bin/cdknix.mjs'),
        '--root',
        workspace.root,
        'api-diff',
        '--check',
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('aspects.demo.fonts: removed');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('cdknix api-diff on this repository', () => {
  test('every aspect package has a committed baseline and the pending changesets cover the changes', async () => {
    const result = await run(repositoryRoot, { check: true });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/api-diff: 16 aspect packages checked/);
  }, 60_000);
});
