import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TypecheckResult {
  readonly exitCode: number;
  /** tsc's diagnostics, one per line, paths relative to the fixture project. */
  readonly output: string;
}

/**
 * Runs the workspace's real `tsc` (node_modules/.bin) on a throw-away project made of
 * `files`, in strict NodeNext mode like the rest of cdknix, and cleans up after itself.
 */
export function typecheckFiles(files: ReadonlyMap<string, string>): TypecheckResult {
  const directory = mkdtempSync(join(tmpdir(), 'cdknix-import-typecheck-'));
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(directory, name)), { recursive: true });
      writeFileSync(join(directory, name), content);
    }
    writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify(fixtureCompilerOptions));
    const result = spawnSync(findTsc(), ['-p', directory, '--pretty', 'false'], {
      encoding: 'utf8',
    });
    return { exitCode: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const fixtureCompilerOptions = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2023',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    types: [],
    skipLibCheck: true,
  },
  include: ['**/*.ts'],
};

function findTsc(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'node_modules', '.bin', 'tsc');
    if (existsSync(candidate)) return candidate;
    const parent = resolve(directory, '..');
    if (parent === directory)
      throw new Error('typecheckFiles: no node_modules/.bin/tsc above this package');
    directory = parent;
  }
}
