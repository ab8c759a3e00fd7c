import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBindings, readOptionsDocument } from '@cdknix/import';
import { contractDeclarations, sharedOptionsDirectory, typecheckFiles } from '@cdknix/import/testing';
import { describe, expect, test } from 'vitest';

const generatedDirectory = join(dirname(fileURLToPath(import.meta.url)), 'generated');
const shipped = new Map(readdirSync(generatedDirectory).sort().map((name) => [name, readFileSync(join(generatedDirectory, name), 'utf8')]));

describe('the shipped home-manager bindings', () => {
  test('are exactly what regenerating from the shared data gives (reproducible, up to date)', () => {
    const fileName = 'home-manager-unstable.options.json';
    const text = readFileSync(join(sharedOptionsDirectory(), fileName), 'utf8');
    const { files } = generateBindings({ document: readOptionsDocument(text, fileName), moduleClass: 'homeManager' });
    expect([...files.keys()].sort()).toEqual([...shipped.keys()]);
    for (const [name, content] of files) expect(shipped.get(name), name).toBe(content);
  });

  test('record the version of the source data', () => {
    const source = shipped.get('source.ts')!;
    expect(source).toContain("lastUpdate: 'May 19, 2026 at 08:32 UTC'");
    expect(source).toMatch(/sha256: '[0-9a-f]{64}'/);
    expect(source).toContain('optionCount: 5393');
  });

  test('typecheck, types and declarations, under the real tsc against the interface contract', () => {
    const project = new Map([['contract.d.ts', contractDeclarations]]);
    for (const [name, content] of shipped) if (name.endsWith('.ts')) project.set(`generated/${name}`, content);
    project.set(
      'use.ts',
      "import { optionDeclarations, type HomeManagerOptions } from './generated/index.js';\n" +
        "export const home: HomeManagerOptions = { programs: { git: { enable: true } }, home: { stateVersion: '25.11' } };\n" +
        'export const declared = optionDeclarations.programs.git.enable;\n',
    );
    const result = typecheckFiles(project);
    expect(result.output).toBe('');
    expect(result.exitCode).toBe(0);
  });
});
