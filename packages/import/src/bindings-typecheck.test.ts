import { beforeAll, describe, expect, test } from 'vitest';
import { generateBindings } from './generate-bindings.js';
import { contractDeclarations } from './testing/contract-declarations.js';
import { readSharedOptions } from './testing/shared-options.js';
import { typecheckFiles } from './testing/typecheck-files.js';

// GIVEN the bindings generated from the real home-manager option set (unstable),
// compiled by the real tsc against the interface contract of the packages they import.
let project: Map<string, string>;

beforeAll(() => {
  const { files } = generateBindings({
    document: readSharedOptions('home-manager-unstable.options.json'),
    moduleClass: 'homeManager',
  });
  project = new Map([['contract.d.ts', contractDeclarations]]);
  for (const [name, content] of files)
    if (name.endsWith('.ts')) project.set(`bindings/${name}`, content);
});

function typecheckUse(body: string) {
  const use = [
    "import { mkDefault, mkIf } from '@cdknix/modules';",
    "import { NixReference } from '@cdknix/nix';",
    "import type { HomeManagerOptions } from './bindings/index.js';",
    'const git = new NixReference("pkgs.git");',
    `export const configuration: HomeManagerOptions = ${body};`,
    'void mkDefault; void mkIf; void git;',
  ].join('\n');
  return typecheckFiles(new Map([...project, ['use.ts', use]]));
}

const validUse = `{
  home: { stateVersion: '24.11', packages: [git], sessionVariables: { EDITOR: 'vim' } },
  programs: {
    git: { enable: mkDefault(true), package: git, settings: { user: { name: 'Ada' } }, signing: { key: 'ABC', signByDefault: mkIf(true, true) } },
    zsh: { enable: true, shellAliases: { ll: 'ls -l' }, history: { size: 10000 } },
    'claude-code': { enable: true },
  },
  accounts: { email: { accounts: { work: { address: 'ada@example.org', primary: true, realName: 'Ada' } } } },
  services: { 'gpg-agent': { enable: true, defaultCacheTtl: 1800 } },
}`;

describe('generated home-manager bindings under the real tsc', () => {
  test('a file setting real options with plain values, mkDefault and mkIf typechecks', () => {
    const result = typecheckUse(validUse);
    expect(result.output).toBe('');
    expect(result.exitCode).toBe(0);
  });

  test('a misspelled option fails and the message names it', () => {
    const result = typecheckUse(`{ programs: { gti: { enable: true } } }`);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/'gti' does not exist in type 'Programs'/);
  });

  test('a wrong value type fails and the message names the option', () => {
    const result = typecheckUse(`{ programs: { git: { enable: 'yes' } } }`);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(
      /use\.ts\(5,\d+\).*'string' is not assignable to type 'ProgramsGitEnableOption/,
    );
  });

  test('an option home-manager has removed since March 2024 fails and the message names it', () => {
    const before = readSharedOptions('home-manager-2024-03.raw-options.json');
    expect(before.options.some((option) => option.path.join('.') === 'programs.git.userName')).toBe(
      true,
    );
    const result = typecheckUse(`{ programs: { git: { userName: 'Ada' } } }`);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/'userName' does not exist in type 'ProgramsGit'/);
  });

  test('a value outside an enum fails and names the option', () => {
    const result = typecheckUse(`{ programs: { git: { signing: { format: 'gpg' } } } }`);
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(
      /'"gpg"' is not assignable to type 'ProgramsGitSigningFormatOption/,
    );
  });
});
