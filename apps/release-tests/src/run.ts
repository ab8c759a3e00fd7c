import { spawnSync } from 'node:child_process';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a package manager run outside this workspace: no `npm_config_*` or pnpm
 * variables inherited from the `pnpm test` that started us (they would override the fleet's
 * own .npmrc, its registry for one).
 */
export function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|PNPM_)/i.test(name) || name === 'NODE_OPTIONS') continue;
    environment[name] = value;
  }
  return { ...environment, TURBO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

/** Run a command and capture its output. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  environment: NodeJS.ProcessEnv = cleanEnvironment(),
): RunResult {
  const result = spawnSync(command, args, {
    cwd,
    env: environment,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Run a command that must succeed; its output is in the error when it does not. */
export function runOrThrow(
  command: string,
  args: readonly string[],
  cwd: string,
  environment?: NodeJS.ProcessEnv,
): RunResult {
  const result = run(command, args, cwd, environment);
  if (result.status !== 0)
    throw new Error(
      `\`${[command, ...args].join(' ')}\` in ${cwd} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  return result;
}
