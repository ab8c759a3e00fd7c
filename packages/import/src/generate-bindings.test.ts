import { describe, expect, test } from 'vitest';
import { PrefixMatchesNothingError } from './errors/import-errors.js';
import { generateBindings } from './generate-bindings.js';
import { readSharedOptions } from './testing/shared-options.js';

const document = readSharedOptions('home-manager-unstable.options.json');

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
