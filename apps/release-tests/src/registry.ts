/**
 * A real npm registry for tests: verdaccio 6.8.0 on 127.0.0.1, a free port, its own storage,
 * htpasswd auth, no uplinks (it serves only what the test publishes; an `.npmrc` sends one
 * scope to it and everything else to the usual registry), publishing for authenticated users.
 *
 * ```ts
 * import { startRegistry } from '@cdknix/release-tests/registry';
 *
 * const registry = await startRegistry();
 * try {
 *   writeFileSync(join(fleet, '.npmrc'), registry.npmrc('@cdknix'));
 *   // pnpm publish --registry registry.url ..., pnpm install in `fleet` ...
 * } finally {
 *   await registry.stop(); // by PID; also on failure
 * }
 * ```
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/`, with the trailing slash npm and pnpm expect. */
  readonly url: string;
  readonly port: number;
  /** The verdaccio process; `stop()` ends it by this PID. */
  readonly pid: number;
  /** An auth token of the registry's one user, allowed to publish. */
  readonly token: string;
  /** The registry's folder: config, htpasswd, storage, log (removed by `stop()` unless kept). */
  readonly directory: string;
  /**
   * `.npmrc` lines sending these scopes (or every package, when none is given) to this
   * registry, with the token for publishing and installing.
   */
  npmrc(...scopes: string[]): string;
  /**
   * The registry's document of a package (`versions`, `dist-tags`, each version's manifest and
   * tarball URL), or undefined when nothing of that name was published.
   */
  packument(name: string): Promise<Packument | undefined>;
  /** A GET against the registry (a path like `-/ping`, or a full tarball URL), retried once. */
  get(pathOrUrl: string): Promise<Response>;
  /** Stop the registry by PID, wait for it to exit, and remove its folder. Safe to call twice. */
  stop(): Promise<void>;
}

export interface Packument {
  name: string;
  'dist-tags': Record<string, string>;
  versions: Record<string, Record<string, any> & { version: string; dist: { tarball: string } }>;
}

export interface RegistryOptions {
  /** Folder for config and storage; a fresh temporary folder by default. */
  directory?: string;
  /** Keep the folder after `stop()` (for looking at what was published). */
  keep?: boolean;
  /** How long to wait for `/-/ping` (default 30 s: verdaccio takes about 1 s). */
  startTimeoutMs?: number;
}

const user = { name: 'cdknix-test', password: 'cdknix-test-password' };

/** Start verdaccio and create a user; rejects (after stopping the process) if it does not come up. */
export async function startRegistry(options: RegistryOptions = {}): Promise<LocalRegistry> {
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'cdknix-registry-'));
  mkdirSync(join(directory, 'storage'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const configFile = join(directory, 'config.yaml');
  writeFileSync(configFile, verdaccioConfig(directory, port));
  const logFile = join(directory, 'verdaccio.log');
  const child = spawn(process.execPath, [verdaccioBin(), '--config', configFile], {
    cwd: directory,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const log: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exitOnParentExit = () => child.kill('SIGKILL');
  process.once('exit', exitOnParentExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', exitOnParentExit);
    writeFileSync(logFile, log.join(''));
    await killAndWait(child);
    if (!options.keep) rmSync(directory, { recursive: true, force: true });
  };

  try {
    await waitForPing(url, child, options.startTimeoutMs ?? 30_000, log);
    const token = await createUser(url);
    return {
      url,
      port,
      pid: child.pid!,
      token,
      directory,
      npmrc: (...scopes) =>
        [
          ...(scopes.length === 0
            ? [`registry=${url}`]
            : scopes.map((scope) => `${scope}:registry=${url}`)),
          `//127.0.0.1:${port}/:_authToken=${token}`,
          '',
        ].join('\n'),
      packument: async (name) => {
        const response = await get(url, name.replace('/', '%2f'));
        if (response.status === 404) return undefined;
        return (await response.json()) as Packument;
      },
      get: (pathOrUrl) => get(url, pathOrUrl),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * GET with one retry: verdaccio closes idle keep-alive sockets, and a request that picks one up
 * just then fails with "other side closed" although the registry is fine.
 */
async function get(base: string, pathOrUrl: string): Promise<Response> {
  const target = new URL(pathOrUrl, base);
  try {
    return await fetch(target);
  } catch {
    return await fetch(target);
  }
}

function verdaccioBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('verdaccio/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string };
  return join(dirname(manifestPath), manifest.bin);
}

function verdaccioConfig(directory: string, port: number): string {
  return [
    `storage: ${JSON.stringify(join(directory, 'storage'))}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(directory, 'htpasswd'))}`,
    '    max_users: 100',
    'uplinks: {}',
    'packages:',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    'web:',
    '  enable: false',
    'max_body_size: 200mb',
    'listen:',
    `  - 127.0.0.1:${port}`,
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n');
}

/** A port nothing listens on now: bind port 0 on loopback, read it, close. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForPing(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  log: readonly string[],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        `verdaccio exited with code ${child.exitCode} before answering:\n${log.join('')}`,
      );
    try {
      const response = await fetch(new URL('-/ping', url));
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`verdaccio did not answer ${url}-/ping within ${timeoutMs} ms:\n${log.join('')}`);
}

async function createUser(url: string): Promise<string> {
  const response = await fetch(new URL(`-/user/org.couchdb.user:${user.name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user.name, password: user.password }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token)
    throw new Error(
      `creating the registry user failed (${response.status}): ${JSON.stringify(body)}`,
    );
  return body.token;
}

async function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid!, 'SIGTERM');
  const timer = setTimeout(
    () => child.exitCode === null && process.kill(child.pid!, 'SIGKILL'),
    5_000,
  );
  await exited;
  clearTimeout(timer);
}
