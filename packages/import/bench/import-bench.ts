// `pnpm --filter @cdknix/import bench`: how long importing the full home-manager set takes,
// and what `tsc --noEmit` costs on a file setting 50 options with the bindings, against the
// same file without them. Prints medians of several runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBindings, readOptionsDocument } from '../src/index.js';
import { contractDeclarations, sharedOptionsDirectory } from '../src/testing/index.js';

const runs = 5;
const fileName = 'home-manager-unstable.options.json';
const text = readFileSync(join(sharedOptionsDirectory(), fileName), 'utf8');

function median(samples: number[]): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeImport(): number {
  const started = performance.now();
  generateBindings({ document: readOptionsDocument(text, fileName), moduleClass: 'homeManager' });
  return performance.now() - started;
}

/** Fifty real `programs.<name>.enable` options, first by name, as a nested object literal. */
function fiftyOptions(): string {
  const names = readOptionsDocument(text, fileName)
    .options.filter(
      (option) =>
        option.path.length === 3 && option.path[0] === 'programs' && option.path[2] === 'enable',
    )
    .slice(0, 50)
    .map((option) => `    ${JSON.stringify(option.path[1])}: { enable: true },`);
  return `{\n  programs: {\n${names.join('\n')}\n  },\n}`;
}

function timeTsc(directory: string): number {
  const started = performance.now();
  const result = spawnSync(
    join(process.cwd(), '..', '..', 'node_modules', '.bin', 'tsc'),
    ['-p', directory],
    { encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`tsc failed in ${directory}:\n${result.stdout}${result.stderr}`);
  return performance.now() - started;
}

function project(withBindings: boolean): string {
  const directory = mkdtempSync(join(tmpdir(), 'cdknix-import-bench-'));
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'ES2023',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    types: [],
    skipLibCheck: true,
  };
  writeFileSync(
    join(directory, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, include: ['**/*.ts'] }),
  );
  if (withBindings) {
    writeFileSync(join(directory, 'contract.d.ts'), contractDeclarations);
    mkdirSync(join(directory, 'bindings'));
    const { files } = generateBindings({
      document: readOptionsDocument(text, fileName),
      moduleClass: 'homeManager',
    });
    for (const [name, content] of files)
      if (name.endsWith('.ts')) writeFileSync(join(directory, 'bindings', name), content);
    writeFileSync(
      join(directory, 'use.ts'),
      `import type { HomeManagerOptions } from './bindings/index.js';\nexport const configuration: HomeManagerOptions = ${fiftyOptions()};\n`,
    );
  } else {
    writeFileSync(join(directory, 'use.ts'), `export const configuration = ${fiftyOptions()};\n`);
  }
  return directory;
}

const importTimes = Array.from({ length: runs }, timeImport);
const withBindings = project(true);
const withoutBindings = project(false);
const tscWith = Array.from({ length: runs }, () => timeTsc(withBindings));
const tscWithout = Array.from({ length: runs }, () => timeTsc(withoutBindings));
rmSync(withBindings, { recursive: true, force: true });
rmSync(withoutBindings, { recursive: true, force: true });

process.stdout.write(
  [
    `import of ${fileName} (read + generate, all options): median ${median(importTimes).toFixed(0)} ms over ${runs} runs`,
    `tsc --noEmit, file using 50 options with the bindings: median ${median(tscWith).toFixed(0)} ms`,
    `tsc --noEmit, the same file without bindings:          median ${median(tscWithout).toFixed(0)} ms`,
    '',
  ].join('\n'),
);
