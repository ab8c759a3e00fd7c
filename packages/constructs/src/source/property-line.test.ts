import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CallSite } from './call-site.js';
import { type LiteralRoot, propertyLine } from './property-line.js';

const scratch = mkdtempSync(join(tmpdir(), 'cdknix-property-line-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let files = 0;
/** Writes `lines` to a new TypeScript file; returns its path. */
function source(lines: readonly string[]): string {
  files += 1;
  const file = join(scratch, `file-${files}.ts`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The 1-based line of `lines` that begins with `text`. */
const lineOf = (lines: readonly string[], text: string) =>
  lines.findIndex((line) => line.trim().startsWith(text)) + 1;

/** The line `propertyLine` finds, when it finds one in the file of the call. */
function lineIn(site: CallSite, root: LiteralRoot, path: readonly string[]): number | undefined {
  const found = propertyLine(site, root, path);
  if (found !== undefined) expect(found.file).toBe(site.file);
  return found?.line;
}

describe('propertyLine', () => {
  const host = [
    "import { defineHost } from '@cdknix/constructs';",
    'export default defineHost({',
    "  name: 'web',",
    '  settings: {',
    '    services: {',
    "      'nginx.conf': { enable: true },",
    '      grafana: {',
    "        enable: 'yes',",
    '        settings: computed(),',
    '      },',
    '    },',
    '  },',
    '});',
  ];
  const hostFile = source(host);
  const call = { file: hostFile, line: 2 };

  test('follows the option path into the named property of the call argument', () => {
    expect(lineIn(call, { within: ['settings'] }, ['services', 'grafana', 'enable'])).toBe(
      lineOf(host, "enable: 'yes'"),
    );
    expect(lineIn(call, { within: ['settings'] }, ['services', 'nginx.conf'])).toBe(
      lineOf(host, "'nginx.conf'"),
    );
  });

  test('stops at the deepest property the literal writes', () => {
    // `settings` is computed elsewhere: its property is as far as the literal goes.
    expect(
      lineIn(call, { within: ['settings'] }, ['services', 'grafana', 'settings', 'port']),
    ).toBe(lineOf(host, 'settings: computed()'));
    // A path the literal does not write at all: the property the module is written at.
    expect(lineIn(call, { within: ['settings'] }, ['networking', 'domain'])).toBe(
      lineOf(host, 'settings: {'),
    );
    expect(lineIn(call, { within: ['deploy'] }, ['hostname'])).toBeUndefined();
  });

  test('looks through functions, returns, mkIf, mkMerge, lists and a full module form', () => {
    const part = [
      'export const part = nixosPart(({ config }) => {',
      '  const enabled = () => config.aspects.x.enable;',
      '  return {',
      '    config: mkIf(enabled, {',
      '      programs: mkMerge([',
      '        { zsh: { enable: true } },',
      '        {',
      '          git: mkDefault({',
      "            userName: 'alice',",
      '          }),',
      '        },',
      '      ]),',
      '    }),',
      '  };',
      '});',
    ];
    const file = source(part);
    const site = { file, line: 1 };
    expect(lineIn(site, {}, ['programs', 'zsh', 'enable'])).toBe(lineOf(part, '{ zsh'));
    expect(lineIn(site, {}, ['programs', 'git', 'userName'])).toBe(
      lineOf(part, "userName: 'alice'"),
    );
  });

  test('an inline part is the function under its class name', () => {
    const aspect = [
      'export const shell = defineAspect({',
      "  name: 'shell',",
      '  nixos: ({ pkgs }) => ({',
      '    programs: { zsh: { enable: true } },',
      '  }),',
      '  homeManager: () => ({',
      '    programs: {',
      '      zsh: { enable: true },',
      '    },',
      '  }),',
      '});',
    ];
    const site = { file: source(aspect), line: 1 };
    expect(lineIn(site, { within: ['nixos'] }, ['programs', 'zsh', 'enable'])).toBe(
      lineOf(aspect, 'programs: { zsh'),
    );
    expect(lineIn(site, { within: ['homeManager'] }, ['programs', 'zsh', 'enable'])).toBe(
      lineOf(aspect, 'zsh: { enable'),
    );
  });

  test('the outermost call on the line is the one the stack frame names', () => {
    const lines = ['export const x = nixosPart(() => mkMerge([{ a: 1 }, {', '  b: 2,', '}]));'];
    expect(lineIn({ file: source(lines), line: 1 }, {}, ['b'])).toBe(2);
  });

  test('a file that cannot be read or parsed, or a line without a call, locates nothing', () => {
    expect(lineIn({ file: join(scratch, 'missing.ts'), line: 1 }, {}, ['a'])).toBeUndefined();
    const broken = source(['export const x = nixosPart(() => ({', '  a: 1,', '']);
    expect(lineIn({ file: broken, line: 1 }, {}, ['a'])).toBeUndefined();
    expect(lineIn({ ...call, line: 3 }, { within: ['settings'] }, ['services'])).toBe(undefined);
  });

  test('a file changed on disk is read again', () => {
    const file = source(['export const x = f({', '  a: 1,', '});']);
    expect(lineIn({ file, line: 1 }, {}, ['a'])).toBe(2);
    writeFileSync(file, 'export const x = f({\n\n\n  a: 1,\n});\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(lineIn({ file, line: 1 }, {}, ['a'])).toBe(4);
  });
  test('follows a name to its declaration in the file, through spreads and properties', () => {
    const lines = [
      'const shared = { openFirewall: false, port: 22 };',
      'const grafana = {',
      "  enable: 'yes',",
      '  ...shared,',
      '  openFirewall: true,',
      '};',
      'const all = { grafana, ssh: shared };',
      'export default defineHost({',
      '  settings: { services: { grafana, prometheus: all.grafana, ssh: all.ssh } },',
      '});',
    ];
    const site = { file: source(lines), line: lineOf(lines, 'export default') };
    const settings = { within: ['settings'] };
    expect(lineIn(site, settings, ['services', 'grafana', 'enable'])).toBe(
      lineOf(lines, "enable: 'yes'"),
    );
    // The property after the spread wins, as in JavaScript; the spread gives the others.
    expect(lineIn(site, settings, ['services', 'grafana', 'openFirewall'])).toBe(
      lineOf(lines, 'openFirewall: true'),
    );
    expect(lineIn(site, settings, ['services', 'grafana', 'port'])).toBe(1);
    expect(lineIn(site, settings, ['services', 'prometheus', 'enable'])).toBe(
      lineOf(lines, "enable: 'yes'"),
    );
    expect(lineIn(site, settings, ['services', 'ssh', 'port'])).toBe(1);
  });

  test('follows local functions: a part written as one, and one whose result is spread', () => {
    const lines = [
      'function member(context) {',
      '  return { services: { vpn: { enable: true } } };',
      '}',
      'const controller = (context) => ({',
      '  ...member(context),',
      '  systemd: { services: { authorize: { script: "x" } } },',
      '});',
      'export const vpn = defineService({',
      '  roles: { controller: { nixos: controller }, peer: { nixos: member } },',
      '});',
    ];
    const site = { file: source(lines), line: lineOf(lines, 'export const vpn') };
    const controller = { within: ['roles', 'controller', 'nixos'] };
    expect(lineIn(site, controller, ['services', 'vpn', 'enable'])).toBe(2);
    expect(lineIn(site, controller, ['systemd', 'services', 'authorize'])).toBe(6);
    expect(lineIn(site, { within: ['roles', 'peer', 'nixos'] }, ['services', 'vpn'])).toBe(2);
  });

  test('a parameter hides a declaration of the same name, and cycles end', () => {
    const lines = [
      'const settings = { a: 1 };',
      'const left = { ...right, b: 2 };',
      'const right = { ...left };',
      'export const x = f({',
      '  build: (settings) => ({ own: settings, loop: right }),',
      '});',
    ];
    const site = { file: source(lines), line: lineOf(lines, 'export const x') };
    const build = { within: ['build'] };
    expect(lineIn(site, build, ['own', 'a'])).toBe(lineOf(lines, 'build:'));
    expect(lineIn(site, build, ['loop', 'b'])).toBe(2);
    expect(lineIn(site, build, ['loop', 'c'])).toBe(lineOf(lines, 'build:'));
  });

  test('follows a relative import into the file that writes the value', () => {
    const shared = ['export const hardening = {', '  PermitRootLogin: "no",', '};'];
    const sharedFile = source(shared);
    const lines = [
      `import { hardening as rules } from './${sharedFile.split('/').pop()!.replace('.ts', '.js')}';`,
      'export const x = f({ openssh: { settings: rules } });',
    ];
    const site = { file: source(lines), line: 2 };
    expect(propertyLine(site, {}, ['openssh', 'settings', 'PermitRootLogin'])).toEqual({
      file: sharedFile,
      line: 2,
    });
  });

  test('follows an import from another package, through its exports and re-exports, to the real file', () => {
    // A workspace package, linked into node_modules as pnpm links it.
    const inventory = join(scratch, 'inventory');
    mkdirSync(join(inventory, 'src'), { recursive: true });
    writeFileSync(
      join(inventory, 'package.json'),
      JSON.stringify({
        name: '@fleet/inventory',
        exports: { '.': { types: './src/index.d.ts', import: './src/index.js' } },
      }),
    );
    const hardening = [
      'const rules = {',
      "  PermitRootLogin: 'no',",
      '};',
      'export { rules as hardening };',
    ];
    writeFileSync(join(inventory, 'src', 'hardening.ts'), `${hardening.join('\n')}\n`);
    writeFileSync(join(inventory, 'src', 'ports.ts'), 'export default { ssh: 22 };\n');
    writeFileSync(
      join(inventory, 'src', 'index.ts'),
      ["export * from './hardening.js';", "export { default as ports } from './ports.js';"].join(
        '\n',
      ),
    );
    const host = join(scratch, 'host');
    mkdirSync(join(host, 'node_modules', '@fleet'), { recursive: true });
    symlinkSync(inventory, join(host, 'node_modules', '@fleet', 'inventory'));
    const lines = [
      "import { hardening, ports } from '@fleet/inventory';",
      'export const x = f({ openssh: { settings: hardening, ports } });',
    ];
    const file = join(host, 'index.ts');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const site = { file, line: 2 };
    expect(propertyLine(site, {}, ['openssh', 'settings', 'PermitRootLogin'])).toEqual({
      file: join(inventory, 'src', 'hardening.ts'),
      line: 2,
    });
    expect(propertyLine(site, {}, ['openssh', 'ports', 'ssh'])).toEqual({
      file: join(inventory, 'src', 'ports.ts'),
      line: 1,
    });
    // A package that is not installed keeps the line that uses its value.
    const missing = join(scratch, 'missing.ts');
    writeFileSync(
      missing,
      [
        "import { hardening } from '@fleet/absent';",
        'export const y = f({ openssh: { settings: hardening } });',
      ].join('\n'),
    );
    expect(
      propertyLine({ file: missing, line: 2 }, {}, ['openssh', 'settings', 'PermitRootLogin']),
    ).toEqual({ file: missing, line: 2 });
  });
});
