import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { propertyLine } from './property-line.js';

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
    expect(propertyLine(call, { property: 'settings' }, ['services', 'grafana', 'enable'])).toBe(
      lineOf(host, "enable: 'yes'"),
    );
    expect(propertyLine(call, { property: 'settings' }, ['services', 'nginx.conf'])).toBe(
      lineOf(host, "'nginx.conf'"),
    );
  });

  test('stops at the deepest property the literal writes', () => {
    // `settings` is computed elsewhere: its property is as far as the literal goes.
    expect(
      propertyLine(call, { property: 'settings' }, ['services', 'grafana', 'settings', 'port']),
    ).toBe(lineOf(host, 'settings: computed()'));
    expect(propertyLine(call, { property: 'settings' }, ['networking', 'domain'])).toBeUndefined();
    expect(propertyLine(call, { property: 'deploy' }, ['hostname'])).toBeUndefined();
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
    expect(propertyLine(site, {}, ['programs', 'zsh', 'enable'])).toBe(lineOf(part, '{ zsh'));
    expect(propertyLine(site, {}, ['programs', 'git', 'userName'])).toBe(
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
    expect(propertyLine(site, { property: 'nixos' }, ['programs', 'zsh', 'enable'])).toBe(
      lineOf(aspect, 'programs: { zsh'),
    );
    expect(propertyLine(site, { property: 'homeManager' }, ['programs', 'zsh', 'enable'])).toBe(
      lineOf(aspect, 'zsh: { enable'),
    );
  });

  test('the outermost call on the line is the one the stack frame names', () => {
    const lines = ['export const x = nixosPart(() => mkMerge([{ a: 1 }, {', '  b: 2,', '}]));'];
    expect(propertyLine({ file: source(lines), line: 1 }, {}, ['b'])).toBe(2);
  });

  test('a file that cannot be read or parsed, or a line without a call, locates nothing', () => {
    expect(propertyLine({ file: join(scratch, 'missing.ts'), line: 1 }, {}, ['a'])).toBeUndefined();
    const broken = source(['export const x = nixosPart(() => ({', '  a: 1,', '']);
    expect(propertyLine({ file: broken, line: 1 }, {}, ['a'])).toBeUndefined();
    expect(propertyLine({ ...call, line: 3 }, { property: 'settings' }, ['services'])).toBe(
      undefined,
    );
  });

  test('a file changed on disk is read again', () => {
    const file = source(['export const x = f({', '  a: 1,', '});']);
    expect(propertyLine({ file, line: 1 }, {}, ['a'])).toBe(2);
    writeFileSync(file, 'export const x = f({\n\n\n  a: 1,\n});\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect(propertyLine({ file, line: 1 }, {}, ['a'])).toBe(4);
  });
});
