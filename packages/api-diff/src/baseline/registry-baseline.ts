import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { emptyApi } from '../api.js';
import { ApiDiffError } from '../errors/api-diff-error.js';
import type { BaselineApi } from './committed-baseline.js';
import { parseApiFile } from './read-api-file.js';

const run = promisify(execFile);

/**
 * The API of the latest published version of `name` on `registry`: `npm pack name@latest`
 * into a temporary folder, then the `api.json` inside the tarball. A package the registry
 * does not know was never released (the empty API). Reading needs no token; a registry that
 * wants one for reads finds it in the user's own `~/.npmrc`.
 */
export async function readRegistryBaseline(name: string, registry: string): Promise<BaselineApi> {
  const directory = mkdtempSync(join(tmpdir(), 'cdknix-api-diff-'));
  const url = registry.endsWith('/') ? registry : `${registry}/`;
  try {
    const scope = name.startsWith('@') ? name.split('/')[0] : undefined;
    writeFileSync(
      join(directory, '.npmrc'),
      [`registry=${url}`, ...(scope === undefined ? [] : [`${scope}:registry=${url}`]), ''].join(
        '\n',
      ),
    );
    let packed: { filename: string; version: string };
    try {
      const { stdout } = await run(
        'npm',
        ['pack', `${name}@latest`, '--json', '--loglevel=error', '--fetch-retries=0'],
        {
          cwd: directory,
          maxBuffer: 1 << 26,
        },
      );
      packed = (JSON.parse(stdout) as { filename: string; version: string }[])[0]!;
    } catch (error) {
      // With --json, npm reports the failure as JSON on stdout: { "error": { "code", "summary" } }.
      const failure = npmError(error);
      if (failure.code === 'E404')
        return { api: emptyApi(name), source: `${url} (not published)`, version: 'none' };
      throw new ApiDiffError(
        `npm pack ${name}@latest failed: ${failure.code} ${failure.summary}`,
        url,
        'check the registry URL and that it answers (`npm view <package> --registry <url>`)',
      );
    }
    const tarball = join(directory, packed.filename);
    const source = `${name}@${packed.version} on ${url}`;
    try {
      await run('tar', ['-xzf', tarball, '-C', directory, 'package/api.json']);
    } catch {
      throw new ApiDiffError(
        `the published package has no api.json (it was published before api-diff, or without "api.json" in "files")`,
        source,
        'compare with the committed baseline instead (run without --registry), and add "api.json" to the package\'s "files" for the next release',
      );
    }
    const file = join(directory, 'package', 'api.json');
    if (!existsSync(file)) throw new Error(`tar did not write ${file}`);
    const api = parseApiFile(readFileSync(file, 'utf8'), `${source}: api.json`);
    return { api, source, version: packed.version };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function npmError(error: unknown): { code: string; summary: string } {
  const { stdout, message } = error as { stdout?: string; message: string };
  try {
    const { code, summary } = (
      JSON.parse(stdout ?? '') as { error: { code: string; summary: string } }
    ).error;
    return { code, summary };
  } catch {
    return { code: 'failed', summary: message };
  }
}
