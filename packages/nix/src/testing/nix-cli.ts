// Test helpers that ask real Nix (nix-instantiate 2.8) about emitted text. Batched: one process
// checks many texts, since each call costs about 40 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(
  parameters: readonly string[],
  workingDirectory?: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('nix-instantiate', parameters, {
    encoding: 'utf8',
    cwd: workingDirectory,
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

/** Evaluates a Nix expression with `--eval --strict --json` and returns the parsed JSON. */
export function evaluateJson(source: string): unknown {
  return withTemporaryDirectory((directory) => {
    const file = join(directory, 'expression.nix');
    writeFileSync(file, source);
    const result = run(['--eval', '--strict', '--json', file], directory);
    if (result.status !== 0)
      throw new Error(
        `nix-instantiate --eval failed:\n${result.stderr}\n--- source ---\n${source.slice(0, 4000)}`,
      );
    return JSON.parse(result.stdout);
  });
}

/**
 * Parses every text with `nix-instantiate --parse` in one call; throws naming the first that
 * fails. `--parse` also rejects undefined variables, so the names an expression may use freely
 * (`pkgs`, `lib`, ...) are bound by a function header put before each text.
 */
export function expectAllParse(
  texts: readonly string[],
  freeVariables: readonly string[] = [],
): void {
  if (texts.length === 0) return;
  const header = freeVariables.length === 0 ? '' : `{ ${freeVariables.join(', ')}, ... }:\n`;
  withTemporaryDirectory((directory) => {
    const files = texts.map((text, index) => {
      const file = join(directory, `emitted-${index}.nix`);
      writeFileSync(file, header + text);
      return file;
    });
    const result = run(['--parse', ...files], directory);
    if (result.status === 0) return;
    const failing = /emitted-(\d+)\.nix/.exec(result.stderr)?.[1];
    const text = failing === undefined ? '(unknown file)' : texts[Number(failing)];
    throw new Error(
      `nix-instantiate --parse rejected emitted text:\n${result.stderr}\n--- text ---\n${text}`,
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
