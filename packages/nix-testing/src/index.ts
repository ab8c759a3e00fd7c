// Test support: ask real Nix (nix-instantiate 2.8) about the text cdknix emits. Each call of
// nix-instantiate costs about 40 ms, so the helpers check many texts or files per process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NixResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `nix-instantiate <parameters>` in `cwd`, its output captured. */
export function nixInstantiate(parameters: readonly string[], cwd?: string): NixResult {
  const result = spawnSync('nix-instantiate', parameters, {
    encoding: 'utf8',
    cwd,
    maxBuffer: 1 << 28,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withTemporaryDirectory<T>(use: (directory: string) => T): T {
  const directory = mkdtempSync(join(tmpdir(), 'cdknix-nix-'));
  try {
    return use(directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** `nix-instantiate --eval --strict --json` of `parameters` (a file, or `-E expression`), parsed. */
function evaluateToJson(parameters: readonly string[], cwd: string, shown: string): unknown {
  const result = nixInstantiate(['--eval', '--strict', '--json', ...parameters], cwd);
  if (result.status !== 0)
    throw new Error(
      `nix-instantiate --eval failed:\n${result.stderr}\n--- source ---\n${shown.slice(0, 4000)}`,
    );
  return JSON.parse(result.stdout);
}

/**
 * Evaluates Nix source completely and returns it as JSON. Relative paths in it resolve from
 * `cwd` (a temporary directory when not given).
 */
export function evaluateJson(source: string, cwd?: string): unknown {
  if (cwd !== undefined) return evaluateToJson(['-E', source], cwd, source);
  return withTemporaryDirectory((directory) => {
    const file = join(directory, 'expression.nix');
    writeFileSync(file, source);
    return evaluateToJson([file], directory, source);
  });
}

interface Rejection {
  readonly file: string;
  readonly index: number;
  /** Nix's whole message. */
  readonly message: string;
}

/**
 * The files that `nix-instantiate --parse` rejects. One process checks them all; when it
 * fails, the files are checked one by one to name each rejection.
 */
function rejectedByParse(files: readonly string[]): Rejection[] {
  if (files.length === 0 || nixInstantiate(['--parse', ...files]).status === 0) return [];
  return files.flatMap((file, index) => {
    const result = nixInstantiate(['--parse', file]);
    return result.status === 0 ? [] : [{ file, index, message: result.stderr.trim() }];
  });
}

/**
 * The files that `nix-instantiate --parse` rejects, each with the first line of Nix's message;
 * empty when every file parses.
 */
export function nixParseFailures(files: readonly string[]): string[] {
  return rejectedByParse(files).map(({ file, message }) => `${file}: ${message.split('\n')[0]}`);
}

/**
 * Has Nix parse every text; throws naming the first that fails. `--parse` also rejects
 * undefined variables, so the names an expression may use freely (`pkgs`, `lib`, ...) are
 * bound by a function header put before each text.
 */
export function expectAllParse(
  texts: readonly string[],
  freeVariables: readonly string[] = [],
): void {
  const header = freeVariables.length === 0 ? '' : `{ ${freeVariables.join(', ')}, ... }:\n`;
  withTemporaryDirectory((directory) => {
    const files = texts.map((text, index) => {
      const file = join(directory, `emitted-${index}.nix`);
      writeFileSync(file, header + text);
      return file;
    });
    const [first] = rejectedByParse(files);
    if (first === undefined) return;
    throw new Error(
      `nix-instantiate --parse rejected emitted text:\n${first.message}\n--- text ---\n${texts[first.index]}`,
    );
  });
}

/** Collects the texts a test file emits, so one final test can have Nix parse them all. */
export class EmittedTexts {
  readonly #texts: string[] = [];

  record(text: string): string {
    this.#texts.push(text);
    return text;
  }

  get all(): readonly string[] {
    return this.#texts;
  }
}
