import { describe, expect, test } from 'vitest';
import { PrefixMatchesNothingError } from './errors/import-errors.js';
import { generateBindings } from './generate-bindings.js';
import { readSharedOptions } from './testing/shared-options.js';

const document = readSharedOptions('home-manager-unstable.options.json');

/** The text of `name: mkOption(...)` in generated declarations, to its closing parenthesis. */
function mkOptionCall(declarations: string, name: string): string {
  const start = declarations.indexOf(`${name}: mkOption(`);
  let depth = 0;
  for (let index = start; index < declarations.length; index += 1) {
    if (declarations[index] === '(') depth += 1;
    else if (declarations[index] === ')' && --depth === 0)
      return declarations.slice(start, index + 1);
  }
  return '';
}

describe('generateBindings', () => {
  test('two runs on the same input give identical bytes', () => {
    const first = generateBindings({
      document,
      moduleClass: 'homeManager',
      prefixes: ['programs.git', 'accounts'],
    });
    const second = generateBindings({
      document,
      moduleClass: 'homeManager',
      prefixes: ['programs.git', 'accounts'],
    });
    expect([...second.files]).toEqual([...first.files]);
  });

  test('--prefix keeps only the selected trees and records the prefixes', () => {
    const { files, report } = generateBindings({
      document,
      moduleClass: 'homeManager',
      prefixes: ['programs.git'],
    });
    const options = files.get('options.ts')!;
    expect(options).toContain('export interface ProgramsGit {');
    expect(options).not.toContain('export interface ProgramsZsh {');
    expect(files.get('source.ts')).toContain("prefixes: ['programs.git']");
    const total = report.counts.precise + report.counts.approximate + report.counts.fallback;
    expect(total).toBe(
      document.options.filter((option) => option.path[0] === 'programs' && option.path[1] === 'git')
        .length,
    );
  });

  test('a prefix that selects nothing is an error suggesting the closest existing one', () => {
    try {
      generateBindings({ document, moduleClass: 'homeManager', prefixes: ['programs.gti'] });
      expect.unreachable();
    } catch (error) {
      expect(PrefixMatchesNothingError.is(error)).toBe(true);
      expect((error as Error).message).toContain('Did you mean --prefix programs.git?');
    }
  });

  test('names that are not identifiers become quoted keys, in types and declarations', () => {
    const { files } = generateBindings({
      document,
      moduleClass: 'homeManager',
      prefixes: ['programs.claude-code'],
    });
    expect(files.get('options.ts')).toContain('"claude-code"?: ProgramsClaudeCode;');
    expect(files.get('declarations.ts')).toContain('"claude-code": {');
  });

  test('defaults are kept as Nix declares them, even where they do not fit the type', () => {
    const { files } = generateBindings({
      document,
      moduleClass: 'homeManager',
      prefixes: ['programs.rclone'],
    });
    const declarations = files.get('declarations.ts')!;
    // `types.str` with `default = null`: an option that must be set. Nix checks a default only
    // when it is used; TypeScript checks every one, so this one is marked unchecked.
    expect(declarations).toContain(
      'mountPoint: mkOption({ type: types.str, default: null as never })',
    );
    // `default = { }` on an attribute set of submodules is kept: the option has a value when unset.
    expect(mkOptionCall(declarations, 'remotes')).toMatch(/default: \{\} \}\)$/);
  });

  test('attribute sets and lists of submodules become typed records and arrays of their options', () => {
    const { files } = generateBindings({
      document,
      moduleClass: 'homeManager',
      prefixes: ['accounts.email.accounts'],
    });
    const options = files.get('options.ts')!;
    expect(options).toMatch(
      /export type AccountsEmailAccountsOption = Definable<\{ readonly \[name: string\]: Definable<AccountsEmailAccountsEntry> \}>;/,
    );
    expect(options).toContain('export interface AccountsEmailAccountsEntry {');
    expect(files.get('declarations.ts')).toContain(
      'accounts: mkOption({ type: types.attrsOf(types.submodule({ options: {',
    );
  });

  test('every unparsed type is in the report and typed as permissiveType, never dropped', () => {
    const { files, report } = generateBindings({
      document,
      moduleClass: 'homeManager',
      prefixes: ['home.activation'],
    });
    expect(report.counts.fallback).toBe(1);
    expect(files.get('IMPORT-REPORT.md')).toContain(
      '| `home.activation` | fallback | DAG of string |',
    );
    expect(files.get('declarations.ts')).toContain('activation: mkOption({ type: permissiveType');
  });
});
