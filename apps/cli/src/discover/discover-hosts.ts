import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type HostSpec, isHostSpec, type Problem } from '@cdknix/constructs';

export interface DiscoveredHost {
  /** The machine package's folder, relative to the fleet root (`machines/stibnite`). */
  folder: string;
  spec: HostSpec;
}

interface PackageManifest {
  name?: string;
  main?: string;
  exports?: string | Record<string, unknown>;
}

/** The file a package's `.` export points at (development `exports` first, then `main`). */
function entryOf(directory: string, manifest: PackageManifest): string | undefined {
  const exported =
    typeof manifest.exports === 'string' ? manifest.exports : manifest.exports?.['.'];
  const target =
    typeof exported === 'string'
      ? exported
      : (exported as { default?: string } | undefined)?.default;
  for (const candidate of [target, manifest.main, 'src/index.ts', 'index.ts', 'index.js']) {
    if (candidate && existsSync(join(directory, candidate))) return join(directory, candidate);
  }
  return undefined;
}

/**
 * Every host of the fleet: one package per folder under each machines directory, folders
 * starting with `_` ignored. No registration anywhere: a new package is a new host. The
 * result is sorted by host name, so discovery order never shows in the output.
 */
export async function discoverHosts(
  root: string,
  machineDirectories: readonly string[],
): Promise<{ hosts: DiscoveredHost[]; problems: Problem[] }> {
  const hosts: DiscoveredHost[] = [];
  const problems: Problem[] = [];
  for (const machines of machineDirectories) {
    const base = resolve(root, machines);
    if (!existsSync(base)) continue;
    const folders = readdirSync(base, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'),
      )
      .map((entry) => entry.name)
      .sort();
    for (const name of folders) {
      const directory = join(base, name);
      const folder = relative(root, directory).split('\\').join('/');
      const manifestPath = join(directory, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageManifest;
      const entry = entryOf(directory, manifest);
      const problem = (message: string, hint: string): Problem => ({
        severity: 'error',
        kind: 'discovery',
        path: folder,
        message,
        sites: [`${folder}: package.json`],
        hint,
      });
      if (!entry) {
        problems.push(
          problem(
            'the machine package has no entry file',
            'add src/index.ts exporting `default defineHost({...})`',
          ),
        );
        continue;
      }
      try {
        const loaded = (await import(pathToFileURL(entry).href)) as { default?: unknown };
        if (isHostSpec(loaded.default)) hosts.push({ folder, spec: loaded.default });
        else
          problems.push(
            problem(
              `the default export of ${relative(root, entry)} is not a host`,
              'export default defineHost({ name, class, system, ... })',
            ),
          );
      } catch (error) {
        problems.push(
          problem(
            `loading ${relative(root, entry)} failed: ${firstLine(error)}`,
            'fix the error in the machine package',
          ),
        );
      }
    }
  }
  hosts.sort((left, right) =>
    left.spec.name < right.spec.name ? -1 : left.spec.name > right.spec.name ? 1 : 0,
  );
  return { hosts, problems };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
