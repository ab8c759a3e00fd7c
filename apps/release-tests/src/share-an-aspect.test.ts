// The README's "Share an aspect", end to end with a real registry: release this workspace (a
// copy of it) to verdaccio, install an aspect and the CLI in a fleet outside the workspace,
// synthesize and check the Nix with real Nix, release a new version of the aspect, upgrade.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nixParseFailures } from '@cdknix/nix-testing';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluateHostModule, OutsideFleet } from './outside-fleet.js';
import { type LocalRegistry, startRegistry } from './registry.js';
import {
  copyWorkspaceForRelease,
  publicPackageFolders,
  readManifest,
  releaseCopy,
  repository,
  tool,
} from './release-copy.js';
import { cleanEnvironment, run, runOrThrow } from './run.js';

const aspect = '@cdknix/aspect-nixos-services';
const framework = ['@cdknix/constructs', '@cdknix/modules', '@cdknix/nix'];
const timings: Record<string, number> = {};
const started = performance.now();
const lap = (name: string) => {
  timings[name] = Math.round(performance.now() - started);
};

const scratch = mkdtempSync(join(tmpdir(), 'cdknix-share-'));
let registry: LocalRegistry;
let copy: string;
let fleet: OutsideFleet;
const versions = new Map<string, string>();

/** The packument of a published package, from the registry's HTTP API. */
async function packument(name: string) {
  const document = await registry.packument(name);
  if (!document) throw new Error(`${name} was not published`);
  return document;
}

const web1 = `import { nixosServices } from '${aspect}';
import { defineHost } from '@cdknix/constructs';

export default defineHost({
  name: 'web1',
  class: 'nixos',
  system: 'x86_64-linux',
  stateVersion: '25.11',
  aspects: [nixosServices],
  settings: { aspects: { 'nixos-services': { openTCPPorts: [80, 443] } } },
});
`;

const selection = `module: {
  ports = module.networking.firewall.allowedTCPPorts;
  sshd = module.services.openssh.enable;
  nodeExporter = module.services.prometheus.exporters.node.enable or false;
}`;

beforeAll(async () => {
  registry = await startRegistry();
  lap('registry up');
  runOrThrow(
    tool('turbo'),
    ['run', 'build', '--output-logs=errors-only'],
    repository,
    cleanEnvironment({ PATH: `${dirname(tool('turbo'))}:${process.env.PATH}` }),
  );
  lap('workspace built (turbo)');
  copy = copyWorkspaceForRelease(join(scratch, 'release'));
  releaseCopy(copy, registry);
  for (const folder of publicPackageFolders(copy)) {
    const manifest = readManifest(join(copy, folder));
    versions.set(manifest.name, manifest.version);
  }
  lap('first release published');
}, 170_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`share-an-aspect timings (ms since start): ${JSON.stringify(timings)}\n`);
});

describe('releasing from this workspace', () => {
  test('every public package is published at its released version, and publint finds nothing in the published tarball', async () => {
    expect(versions.size).toBeGreaterThanOrEqual(25);
    const findings: string[] = [];
    for (const [name, version] of versions) {
      const document = await packument(name);
      expect(document['dist-tags'].latest, name).toBe(version);
      const tarball = await (
        await registry.get(document.versions[version]!.dist.tarball)
      ).arrayBuffer();
      const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion' });
      findings.push(
        ...messages.map((message) => `${name}: ${formatMessage(message, pkg, { color: false })}`),
      );
    }
    expect(findings).toEqual([]);
  }, 60_000);

  test('published manifests point at dist/, carry no workspace: ranges, and aspects take the framework as peers', async () => {
    const published = (await packument(aspect)).versions[versions.get(aspect)!]!;
    expect(published.exports['.']).toEqual({
      types: './dist/index.d.ts',
      default: './dist/index.js',
    });
    expect(JSON.stringify(published)).not.toContain('workspace:');
    for (const name of framework)
      expect(published.peerDependencies[name], name).toBe(`^${versions.get(name)}`);
    expect(published.dependencies?.['@cdknix/constructs']).toBeUndefined();
    const cli = (await packument('@cdknix/cli')).versions[versions.get('@cdknix/cli')!]!;
    expect(cli.bin).toEqual({ cdknix: 'bin/cdknix.mjs' });
    expect(readFileSync(join(copy, 'aspects/nixos-services/CHANGELOG.md'), 'utf8')).toContain(
      `## ${versions.get(aspect)}`,
    );
  });
});

describe('a fleet outside the workspace', () => {
  test('installs the aspect and the CLI from the registry and synthesizes a host overriding an aspect option', () => {
    const caret = (name: string) => `^${versions.get(name)}`;
    fleet = new OutsideFleet(join(scratch, 'acme-fleet'), tool('pnpm')).write({
      'package.json': JSON.stringify(
        {
          name: 'acme-fleet',
          private: true,
          type: 'module',
          dependencies: Object.fromEntries(
            [aspect, '@cdknix/cli', ...framework].map((name) => [name, caret(name)]),
          ),
        },
        null,
        2,
      ),
      '.npmrc': registry.npmrc('@cdknix', '@acme'),
      // Not our layout: hosts are plain files under hosts/, output goes to nix/.
      'cdknix.config.ts': [
        "import { defineConfig } from '@cdknix/cli';",
        '',
        "export default defineConfig({ hosts: ['hosts/*.ts'], out: 'nix' });",
        '',
      ].join('\n'),
      'hosts/web1.ts': web1,
    });
    fleet.pnpmOrThrow('install');
    lap('outside fleet installed');

    const synth = fleet.cdknix('synth');
    expect(synth.stderr).not.toMatch(/error/i);
    expect(synth.status).toBe(0);
    expect(synth.stdout).toMatch(/web1\s+nixos\s+x86_64-linux/);
    expect(fleet.files('nix')).toEqual(['flake.nix', 'hosts/web1/configuration.nix']);
    lap('outside fleet synthesized');
  }, 120_000);

  test('real Nix parses every file and evaluates the host module: the override and the defaults', () => {
    const files = fleet.files('nix').map((file) => join(fleet.root, 'nix', file));
    expect(nixParseFailures(files)).toEqual([]);
    const configuration = join(fleet.root, 'nix/hosts/web1/configuration.nix');
    expect(evaluateHostModule(configuration, selection)).toEqual({
      ports: [80, 443],
      sshd: true,
      nodeExporter: true,
    });
    // provenance names the installed package, not a machine-specific path
    expect(readFileSync(configuration, 'utf8')).toContain(`# ${aspect}: src/openssh.ts:`);
  });

  test('each provenance comment opens in the installed package: the TypeScript file is shipped (tests are not), and its line is the property that wrote the value', () => {
    const configuration = readFileSync(
      join(fleet.root, 'nix/hosts/web1/configuration.nix'),
      'utf8',
    );
    const sites = [
      ...configuration.matchAll(new RegExp(`# ${aspect}: (src/[\\w-]+\\.ts):(\\d+)`, 'g')),
    ];
    expect(sites.length).toBeGreaterThanOrEqual(3);
    const installed = join(fleet.root, 'node_modules', aspect);
    for (const [site, file, line] of sites) {
      const shipped = readFileSync(join(installed, file!), 'utf8').split('\n');
      const written = readFileSync(join(copy, 'aspects/nixos-services', file!), 'utf8').split('\n');
      const index = Number(line) - 1;
      expect(shipped[index], site).toBe(written[index]);
      // The property that wrote the value, not the `nixosPart(` call around it.
      expect(shipped[index], site).toMatch(/^\s*[\w'"]+: /);
    }
    expect(readdirSync(join(installed, 'src')).filter((name) => name.includes('.test'))).toEqual(
      [],
    );
  });

  test('npx cdknix runs the published CLI, and its built JavaScript loads under plain Node', () => {
    const help = runOrThrow('npx', ['--no-install', 'cdknix', '--help'], fleet.root);
    expect(help.stdout).toContain('synth');
    // no loader: relative specifiers, JSON imports and exports of every published package resolve
    const plain = runOrThrow(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const cli = await import('@cdknix/cli'); const constructs = await import('@cdknix/constructs'); console.log(typeof cli.main, typeof constructs.synthFleet);",
      ],
      fleet.root,
    );
    expect(plain.stdout.trim()).toBe('function function');
  });
});

describe('a new version of the aspect', () => {
  let before: string;
  let released: string;

  test('is released with changesets: the API gate asks a changed default for a major version, then a changelog entry', () => {
    before = versions.get(aspect)!;
    const options = join(copy, 'aspects/nixos-services/src/nixos-services.ts');
    const source = readFileSync(options, 'utf8');
    const changed = source.replace(
      /(monitoring: mkOption\(\{\s*type: types\.bool,\s*default: )true/,
      '$1false',
    );
    expect(changed).not.toBe(source);
    writeFileSync(options, changed);
    runOrThrow(tool('tsc'), ['-p', 'tsconfig.json'], join(copy, 'aspects/nixos-services'));
    const changeset = (bump: string) =>
      writeFileSync(
        join(copy, '.changeset/monitoring-opt-in.md'),
        `---\n"${aspect}": ${bump}\n---\n\nThe node exporter is opt-in: \`monitoring\` defaults to false.\n`,
      );
    // Hosts that relied on the old default change without an error: the gate wants a major.
    const gate = [join(copy, 'apps/cli/bin/cdknix.mjs'), 'api-diff', '--check'];
    changeset('minor');
    const refused = run(process.execPath, gate, copy);
    expect(refused.status).toBe(1);
    expect(`${refused.stdout}${refused.stderr}`).toMatch(/monitoring[\s\S]*major/);
    changeset('major');
    runOrThrow(process.execPath, gate, copy, cleanEnvironment());
    releaseCopy(copy, registry);
    released = readManifest(join(copy, 'aspects/nixos-services')).version;
    expect(released).not.toBe(before);
    expect(readFileSync(join(copy, 'aspects/nixos-services/CHANGELOG.md'), 'utf8')).toContain(
      'The node exporter is opt-in',
    );
    expect(readManifest(join(copy, 'packages/constructs')).version).toBe(
      versions.get('@cdknix/constructs'),
    );
    lap('aspect release published');
  }, 120_000);

  test('the outside fleet upgrades to it and the synthesized host changes', () => {
    fleet.pnpmOrThrow('add', `${aspect}@^${released}`);
    const installed = JSON.parse(
      readFileSync(join(fleet.root, 'node_modules', aspect, 'package.json'), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe(released);
    const synth = fleet.cdknix('synth');
    expect(synth.status).toBe(0);
    const configuration = join(fleet.root, 'nix/hosts/web1/configuration.nix');
    expect(evaluateHostModule(configuration, selection)).toEqual({
      ports: [80, 443],
      sshd: true,
      nodeExporter: false,
    });
    lap('outside fleet upgraded');
  }, 120_000);

  test('another aspect pinning the old version makes synth fail, naming who pulled each version', () => {
    const web = join(scratch, 'acme-aspect-web');
    new OutsideFleet(web, tool('pnpm')).write({
      'package.json': JSON.stringify({
        name: '@acme/aspect-web',
        version: '1.0.0',
        type: 'module',
        exports: './index.js',
        dependencies: { [aspect]: before },
        peerDependencies: { '@cdknix/constructs': `^${versions.get('@cdknix/constructs')}` },
      }),
      'index.js': [
        "import { defineAspect } from '@cdknix/constructs';",
        `import { nixosServices } from '${aspect}';`,
        '',
        "export const web = defineAspect({ name: 'web', includes: [nixosServices], nixos: () => ({}) });",
        '',
      ].join('\n'),
      '.npmrc': registry.npmrc(),
    });
    runOrThrow(tool('pnpm'), ['publish', '--no-git-checks', '--registry', registry.url], web);

    fleet.pnpmOrThrow('add', '@acme/aspect-web@1.0.0');
    fleet.write({
      'hosts/web2.ts': web1
        .replace("name: 'web1'", "name: 'web2'")
        .replace('[nixosServices]', '[web, nixosServices]')
        .replace(/^/, "import { web } from '@acme/aspect-web';\n"),
    });
    const synth = fleet.cdknix('synth');
    expect(synth.status).toBe(1);
    expect(synth.stderr).toContain(
      `error: fleet: ${aspect} is loaded 2 times, as versions ${before}, ${released}`,
    );
    expect(synth.stderr).toContain(
      `(${aspect}@${before}, pulled by acme-fleet > @acme/aspect-web@1.0.0 > ${aspect}@${before}; used by web2 (via web))`,
    );
    expect(synth.stderr).toContain(
      `(${aspect}@${released}, pulled by acme-fleet > ${aspect}@${released}; used by web1, web2)`,
    );
    expect(synth.stderr).not.toContain('    at ');
    lap('two versions detected');
  }, 120_000);
});
