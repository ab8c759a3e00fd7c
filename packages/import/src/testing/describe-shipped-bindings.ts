import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateBindings, type ModuleClass, rootInterfaceNames } from '../generate-bindings.js';
import { readOptionsDocument } from '../read/read-options-document.js';
import { contractDeclarations } from './contract-declarations.js';
import { typecheckFiles } from './typecheck-files.js';

export interface ShippedBindings {
  readonly packageName: string;
  readonly optionsFile: string;
  readonly moduleClass: ModuleClass;
  readonly generatedDirectory: string;
  /** A value of the root options type, as TypeScript source, that must typecheck. */
  readonly validUse: string;
}

/**
 * The tests every shipped bindings package runs: the committed files are exactly what
 * regenerating gives, they record their source, and they typecheck under the real tsc.
 */
export function describeShippedBindings(shipped: ShippedBindings): void {
  const files = new Map(
    readdirSync(shipped.generatedDirectory)
      .sort()
      .map((name) => [name, readFileSync(join(shipped.generatedDirectory, name), 'utf8')]),
  );
  describe(`the shipped ${shipped.packageName} bindings`, () => {
    test('are exactly what regenerating from the source data gives (reproducible, up to date)', () => {
      const document = readOptionsDocument(
        readFileSync(shipped.optionsFile, 'utf8'),
        basename(shipped.optionsFile),
      );
      const regenerated = generateBindings({ document, moduleClass: shipped.moduleClass }).files;
      expect([...regenerated.keys()].sort()).toEqual([...files.keys()]);
      for (const [name, content] of regenerated) expect(files.get(name), name).toBe(content);
    });

    test('record the file and the sha256 of the source data', () => {
      const source = files.get('source.ts') ?? '';
      expect(source).toContain(`fileName: '${basename(shipped.optionsFile)}'`);
      expect(source).toMatch(/sha256: '[0-9a-f]{64}'/);
    });

    test('typecheck, types and declarations, under the real tsc against the interface contract', () => {
      const project = new Map([['contract.d.ts', contractDeclarations]]);
      for (const [name, content] of files)
        if (name.endsWith('.ts')) project.set(`generated/${name}`, content);
      const rootName = rootInterfaceNames[shipped.moduleClass];
      project.set(
        'use.ts',
        `import { optionDeclarations, type ${rootName} } from './generated/index.js';\n` +
          `export const configuration: ${rootName} = ${shipped.validUse};\nexport const declarations = optionDeclarations;\n`,
      );
      const result = typecheckFiles(project);
      expect(result.output).toBe('');
      expect(result.exitCode).toBe(0);
    });
  });
}
