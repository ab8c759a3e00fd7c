import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type HostSpec, isHostSpec, type Problem } from '@cdknix/constructs';
import { globSync } from 'tinyglobby';

export interface DiscoveredHost {
  /** The host's package folder or file, relative to the fleet root (`machines/stibnite`). */
  folder: string;
  spec: HostSpec;
}

/** Where a fleet's hosts are (see `CdknixConfig`). */
export interface HostLayout {
  /** Folders holding one package per host. */
  machines: readonly string[];
  /** Glob patterns of host files or host package folders, relative to the root. */
  hosts?: readonly string[];
}

interface PackageManifest {
  name?: string;
  main?: string;
  exports?: string | Record<string, unknown>;
}

/** A place that should hold a host: a package folder or a file. */
interface Candidate {
  /** Relative to the root, `/`-separated. */
  label: string;
  /** The file to import, undefined when the package has none. */
  entry: string | undefined;
  /** Where to point at when something is wrong. */
  site: string;
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

const slashes = (path: string) => path.split('\\').join('/');

function packageCandidate(root: string, directory: string): Candidate | undefined {
  const manifestPath = join(directory, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageManifest;
  const label = slashes(relative(root, directory));
  return { label, entry: entryOf(directory, manifest), site: `${label}: package.json` };
}

/** One package per folder under each machines directory, `_`- and `.`-folders ignored. */
function machinePackages(root: string, machines: readonly string[]): Candidate[] {
  return machines.flatMap((machinesDirectory) => {
    const base = resolve(root, machinesDirectory);
    if (!existsSync(base)) return [];
    return readdirSync(base, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'),
      )
      .map((entry) => entry.name)
      .sort()
      .flatMap((name) => packageCandidate(root, join(base, name)) ?? []);
  });
}

/** Files and package folders matching the `hosts` patterns (node_modules never). */
function hostPatterns(root: string, patterns: readonly string[]): Candidate[] {
  if (patterns.length === 0) return [];
  const matches = globSync([...patterns], {
    cwd: root,
    onlyFiles: false,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  }).sort();
  return matches.flatMap((match) => {
    const path = resolve(root, match);
    if (statSync(path).isDirectory()) return packageCandidate(root, path) ?? [];
    const label = slashes(relative(root, path));
    return [{ label, entry: path, site: label }];
  });
}

/**
 * Every host of the fleet, from the configured layout: each package under the machines
 * folders, and each file or package the `hosts` patterns match. No registration anywhere: a
 * new package or file is a new host. The result is sorted by host name, so discovery order
 * never shows in the output.
 */
export async function discoverHosts(
  root: string,
  layout: readonly string[] | HostLayout,
): Promise<{ hosts: DiscoveredHost[]; problems: Problem[] }> {
  const { machines, hosts: patterns = [] } = Array.isArray(layout)
    ? { machines: layout }
    : (layout as HostLayout);
  const candidates = [...machinePackages(root, machines), ...hostPatterns(root, patterns)];
  const seen = new Set<string>();
  const hosts: DiscoveredHost[] = [];
  const problems: Problem[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.label)) continue;
    seen.add(candidate.label);
    const problem = (message: string, hint: string): Problem => ({
      severity: 'error',
      kind: 'discovery',
      path: candidate.label,
      message,
      sites: [candidate.site],
      hint,
    });
    if (!candidate.entry) {
      problems.push(
        problem(
          'the host package has no entry file',
          'add src/index.ts exporting `default defineHost({...})`',
        ),
      );
      continue;
    }
    const entry = slashes(relative(root, candidate.entry));
    try {
      const loaded = (await import(pathToFileURL(candidate.entry).href)) as { default?: unknown };
      if (isHostSpec(loaded.default)) hosts.push({ folder: candidate.label, spec: loaded.default });
      else
        problems.push(
          problem(
            `the default export of ${entry} is not a host`,
            'export default defineHost({ name, class, system, ... })',
          ),
        );
    } catch (error) {
      problems.push(problem(`loading ${entry} failed: ${firstLine(error)}`, 'fix the error there'));
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
