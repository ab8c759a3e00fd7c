import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptionSets, Fleet, synthFleet } from '@cdknix/constructs';
import { nixParseFailures } from '@cdknix/nix-testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { synthCommand } from './commands/synth-command.js';
import { discoverHosts } from './discover/discover-hosts.js';
import { Capture } from './testing/capture.js';
import { flakeOutputNames } from './testing/flake-outputs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

const snapshot = (directory: string) =>
  new Map(listFiles(directory).map((file) => [file, readFileSync(join(directory, file), 'utf8')]));

async function synthInto(out: string, extra: { root?: string; hosts?: string[] } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await synthCommand({
    root: extra.root ?? root,
    out,
    hosts: extra.hosts ?? [],
    stdout,
    stderr,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('pnpm synth on the reference fleet', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cdknix-synth-'));
  const out = join(scratch, 'out');
  let first: Awaited<ReturnType<typeof synthInto>>;

  beforeAll(async () => {
    first = await synthInto(out);
  }, 60_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('writes a flake and one module per host and user, and a per-host summary', () => {
    expect(first.stderr).not.toContain('error');
    expect(first.code).toBe(0);
    const files = listFiles(out);
    expect(files).toContain('flake.nix');
    expect(
      files.filter((file) =>
        /^hosts\/[^/]+\/(configuration|darwin-configuration)\.nix$/.test(file),
      ),
    ).toHaveLength(8);
    expect(first.stdout).toMatch(/stibnite\s+darwin\s+aarch64-darwin/);
  });

  test('every emitted file parses with real Nix', () => {
    expect(nixParseFailures(listFiles(out).map((file) => join(out, file)))).toEqual([]);
  });

  test('flake.nix evaluates far enough to list its outputs with stand-in inputs', () => {
    const names = flakeOutputNames(out);
    expect(names.nixosConfigurations).toEqual(['cinnabar', 'electrum', 'galena', 'scheelite']);
    expect(names.darwinConfigurations).toEqual(['argentum', 'blackphos', 'rosegold', 'stibnite']);
    expect(names.deployNodes).toEqual(
      expect.arrayContaining(['cinnabar', 'electrum', 'galena', 'scheelite']),
    );
    expect(names.inputs).toEqual(expect.arrayContaining(['home-manager', 'nix-darwin', 'nixpkgs']));
  });

  test('re-running synth on unchanged input changes no byte', async () => {
    const again = join(scratch, 'again');
    expect((await synthInto(again)).code).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(out));
  }, 60_000);

  test('the order in which hosts are discovered changes no byte', async () => {
    const { hosts } = await discoverHosts(root, ['machines']);
    const render = (order: typeof hosts) => {
      const fleet = new Fleet({ root });
      for (const { spec } of order) fleet.addHost(spec);
      return synthFleet(fleet, { optionSets: defaultOptionSets }).files;
    };
    const forward = render(hosts);
    expect(render([...hosts].reverse())).toEqual(forward);
    expect(render([...hosts.slice(3), ...hosts.slice(0, 3)])).toEqual(forward);
  }, 60_000);
});

describe('adding a host is adding a package', () => {
  // A temporary copy of machines/ beside it (same depth, so the packages' node_modules links resolve).
  const copy = join(root, `machines-copy-${process.pid}`);
  const out = join(copy, 'out');

  beforeAll(() => {
    cpSync(join(root, 'machines'), copy, { recursive: true, verbatimSymlinks: true });
    cpSync(join(copy, 'galena'), join(copy, 'zinc'), { recursive: true, verbatimSymlinks: true });
    for (const file of ['package.json', 'src/index.ts']) {
      const path = join(copy, 'zinc', file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('galena', 'zinc'));
    }
    writeFileSync(
      join(copy, 'cdknix.config.mjs'),
      "export default { machines: ['.'], out: 'out' };\n",
    );
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  test('a ninth machine package is discovered and synthesized with no registration', async () => {
    const result = await synthInto(out, { root: copy });
    expect(result.stderr).not.toContain('error');
    expect(listFiles(out)).toContain('hosts/zinc/configuration.nix');
    expect(flakeOutputNames(out).nixosConfigurations).toContain('zinc');
  }, 60_000);

  test('a failed synth leaves the previous output intact', async () => {
    const before = snapshot(out);
    // Module imports are cached per file, so the broken host is a new package.
    cpSync(join(copy, 'galena'), join(copy, 'broken'), { recursive: true, verbatimSymlinks: true });
    const broken = join(copy, 'broken', 'src', 'index.ts');
    writeFileSync(
      broken,
      readFileSync(broken, 'utf8').replace("name: 'galena'", "name: 'Broken Host'"),
    );
    const result = await synthInto(out, { root: copy });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a safe name');
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});
