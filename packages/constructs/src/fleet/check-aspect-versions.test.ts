import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { defineAspect } from '../definitions/define-aspect.js';
import { defineHost, type HostSpec } from '../definitions/define-host.js';
import { renderProblems } from '../errors/problem.js';
import { Fleet } from './fleet.js';

// Hand-made installed trees. The packages are plain ES modules exporting a factory that calls
// the `defineAspect` it is given, so each aspect's definition site is the installed file
// itself, as it is for a package that imports @cdknix/constructs.
const aspectX = (version: string) => ({
  'package.json': JSON.stringify({
    name: '@cdknix/aspect-x',
    version,
    type: 'module',
    exports: './index.js',
  }),
  'index.js': `let x;\nexport default (defineAspect) =>\n  (x ??= defineAspect({ name: 'x', nixos: () => ({}) }));\n`,
});
const aspectWeb = {
  'package.json': JSON.stringify({
    name: '@acme/aspect-web',
    version: '1.0.0',
    type: 'module',
    exports: './index.js',
    dependencies: { '@cdknix/aspect-x': '0.1.0' },
  }),
  'index.js': [
    "import x from '@cdknix/aspect-x';",
    'export default (defineAspect) =>',
    "  defineAspect({ name: 'web', includes: [x(defineAspect)], nixos: () => ({}) });",
    '',
  ].join('\n'),
};
const fleetManifest = JSON.stringify({
  name: 'acme-fleet',
  private: true,
  dependencies: { '@acme/aspect-web': '1.0.0', '@cdknix/aspect-x': '0.2.0' },
});
const hostFile = [
  'export default (defineHost, aspects) =>',
  "  defineHost({ name: 'web1', class: 'nixos', system: 'x86_64-linux', stateVersion: '25.11', aspects });",
  '',
].join('\n');

type Tree = { [path: string]: string | Tree } | { symlink: string };

function write(directory: string, tree: Tree) {
  mkdirSync(directory, { recursive: true });
  for (const [name, content] of Object.entries(tree)) {
    const path = join(directory, name);
    if (typeof content === 'string') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    } else if ('symlink' in content && typeof content.symlink === 'string') {
      mkdirSync(dirname(path), { recursive: true });
      symlinkSync(content.symlink, path);
    } else write(path, content as Tree);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'cdknix-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function load<T>(file: string): Promise<T> {
  return ((await import(pathToFileURL(file).href)) as { default: T }).default;
}

/** Load the fleet's host (the fleet's own x, and web) from `root` and validate it. */
async function validateFleet(root: string) {
  const makeX = await load<(define: typeof defineAspect) => unknown>(
    join(root, 'node_modules/@cdknix/aspect-x/index.js'),
  );
  const makeWeb = await load<(define: typeof defineAspect) => unknown>(
    join(root, 'node_modules/@acme/aspect-web/index.js'),
  );
  const makeHost = await load<(define: typeof defineHost, aspects: unknown[]) => HostSpec>(
    join(root, 'hosts/web1.js'),
  );
  const fleet = new Fleet({ root });
  fleet.addHost(makeHost(defineHost, [makeWeb(defineAspect), makeX(defineAspect)]));
  return fleet.validate();
}

describe('two versions of one aspect package in a fleet', () => {
  test('npm layout: an error names each version and the dependency chain that pulled it', async () => {
    // GIVEN the fleet depends on aspect-x@0.2.0 and on aspect-web, which nests aspect-x@0.1.0
    const root = join(scratch, 'npm');
    write(root, {
      'package.json': fleetManifest,
      'hosts/web1.js': hostFile,
      node_modules: {
        '@cdknix/aspect-x': aspectX('0.2.0'),
        '@acme/aspect-web': { ...aspectWeb, 'node_modules/@cdknix/aspect-x': aspectX('0.1.0') },
      },
    });
    // WHEN the host uses both
    const problems = await validateFleet(root);
    // THEN one problem, not a name clash, lists both copies with who pulled them
    expect(problems.map((problem) => problem.kind)).toEqual(['aspect-versions']);
    expect(renderProblems(problems)).toBe(
      [
        'error: fleet: @cdknix/aspect-x is loaded 2 times, as versions 0.1.0, 0.2.0: one fleet must load one copy of each aspect package',
        '  defined at @cdknix/aspect-x: index.js:3 (@cdknix/aspect-x@0.1.0, pulled by acme-fleet > @acme/aspect-web@1.0.0 > @cdknix/aspect-x@0.1.0; used by web1 (via web))',
        '  defined at @cdknix/aspect-x: index.js:3 (@cdknix/aspect-x@0.2.0, pulled by acme-fleet > @cdknix/aspect-x@0.2.0; used by web1)',
        '  fix: make every dependent agree on one version of @cdknix/aspect-x: upgrade the packages that pull the older one, or pin it for the whole fleet (pnpm "overrides", npm "overrides")',
      ].join('\n'),
    );
  });

  test("pnpm layout: copies in the .pnpm store are traced through the store's symlinks", async () => {
    const root = join(scratch, 'pnpm');
    const store = (id: string) => `node_modules/.pnpm/${id}/node_modules`;
    write(root, {
      'package.json': fleetManifest,
      'hosts/web1.js': hostFile,
      [`${store('@cdknix+aspect-x@0.1.0')}/@cdknix/aspect-x`]: aspectX('0.1.0'),
      [`${store('@cdknix+aspect-x@0.2.0')}/@cdknix/aspect-x`]: aspectX('0.2.0'),
      [`${store('@acme+aspect-web@1.0.0')}/@acme/aspect-web`]: aspectWeb,
      [`${store('@acme+aspect-web@1.0.0')}/@cdknix/aspect-x`]: {
        symlink: '../../../@cdknix+aspect-x@0.1.0/node_modules/@cdknix/aspect-x',
      },
      'node_modules/@cdknix/aspect-x': {
        symlink: '../.pnpm/@cdknix+aspect-x@0.2.0/node_modules/@cdknix/aspect-x',
      },
      'node_modules/@acme/aspect-web': {
        symlink: '../.pnpm/@acme+aspect-web@1.0.0/node_modules/@acme/aspect-web',
      },
    });
    const problems = await validateFleet(root);
    expect(problems.map((problem) => problem.kind)).toEqual(['aspect-versions']);
    expect(problems[0]!.sites).toEqual([
      expect.stringContaining(
        '(@cdknix/aspect-x@0.1.0, pulled by acme-fleet > @acme/aspect-web@1.0.0 > @cdknix/aspect-x@0.1.0; used by web1 (via web))',
      ),
      expect.stringContaining(
        '(@cdknix/aspect-x@0.2.0, pulled by acme-fleet > @cdknix/aspect-x@0.2.0; used by web1)',
      ),
    ]);
  });

  test('one copy of the package, used by many hosts and aspects, is no problem', async () => {
    const root = join(scratch, 'single');
    write(root, {
      'package.json': fleetManifest,
      'hosts/web1.js': hostFile,
      node_modules: { '@cdknix/aspect-x': aspectX('0.2.0'), '@acme/aspect-web': aspectWeb },
    });
    expect(await validateFleet(root)).toEqual([]);
  });

  test('two different aspects sharing a name, from different packages, stay a name clash', () => {
    const first = defineAspect({ name: 'same', nixos: () => ({}) });
    const second = defineAspect({ name: 'same', nixos: () => ({}) });
    const fleet = new Fleet();
    fleet.addHost(
      defineHost({
        name: 'web1',
        class: 'nixos',
        system: 'x86_64-linux',
        stateVersion: '25.11',
        aspects: [first, second],
      }),
    );
    expect(fleet.validate().map((problem) => problem.message)).toEqual([
      "two different aspects are named 'same'",
    ]);
  });
});
