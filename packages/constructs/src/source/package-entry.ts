import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { manifestOf } from './package-of-file.js';

/**
 * The file a bare import specifier (`@cdknix-fleet/inventory`, `pkg/sub`) names, as Node
 * resolves it from `from`: the nearest `node_modules/<package>` above the file, then the
 * package's `exports` (conditions `import`, `node`, `default`) or `main`. Workspace links are
 * followed to the real folder, so a site names the file as the workspace has it. Undefined
 * when the package is not installed or exports nothing for the path.
 */
export function packageEntry(from: string, specifier: string): string | undefined {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = ['.', ...parts.slice(nameLength)].join('/');
  const directory = installedPackage(dirname(from), name);
  if (directory === undefined) return undefined;
  const manifest = manifestOf(directory);
  const target =
    manifest?.exports === undefined
      ? subpath === '.'
        ? (manifest?.main ?? 'index.js')
        : subpath
      : exportTarget(manifest.exports, subpath);
  return target === undefined ? undefined : resolve(directory, target);
}

function installedPackage(start: string, name: string): string | undefined {
  for (let directory = start; ; directory = dirname(directory)) {
    const candidate = join(directory, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(directory) === directory) return undefined;
  }
}

/** The target `exports` gives `subpath` (a string, a subpath map, or conditions). */
function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return undefined;
  const map = exports as Record<string, unknown>;
  const isSubpathMap = Object.keys(map).some((key) => key.startsWith('.'));
  if (isSubpathMap) return map[subpath] === undefined ? undefined : condition(map[subpath]);
  return subpath === '.' ? condition(map) : undefined;
}

/** The first target among the conditions a running module matches (types have no values). */
function condition(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return undefined;
  const conditions = target as Record<string, unknown>;
  for (const name of ['import', 'node', 'default']) {
    const found = name in conditions ? condition(conditions[name]) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}
