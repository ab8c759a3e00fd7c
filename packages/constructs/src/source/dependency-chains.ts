import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { manifestOf, packageOfDirectory } from './package-of-file.js';

/**
 * Where `name` resolves from a package folder, as Node resolves it: the nearest
 * `node_modules/<name>` at or above the folder, as a real path. That one rule covers npm's
 * nested and hoisted trees and pnpm's store, where
 * `.pnpm/@acme+aspect-web@1.0.0/node_modules/@acme/aspect-web` finds its dependencies as
 * siblings in `.pnpm/@acme+aspect-web@1.0.0/node_modules/`.
 */
export function resolvePackageDirectory(from: string, name: string): string | undefined {
  for (let directory = from; ; directory = dirname(directory)) {
    const candidate = join(directory, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(directory) === directory) return undefined;
  }
}

const label = (directory: string): string => {
  const found = packageOfDirectory(directory);
  if (!found) return directory;
  return found.version ? `${found.name}@${found.version}` : found.name;
};

/**
 * Who pulled each target package in: for every target folder, the shortest chain of package
 * labels from one of the roots (`my-fleet > @acme/aspect-web@1.0.0 > @cdknix/aspect-x@0.1.0`),
 * found breadth first over dependencies, optional and peer dependencies (and the roots' dev
 * dependencies). Targets no root reaches are left out. Reads package.json files only.
 */
export function dependencyChains(
  roots: readonly string[],
  targets: ReadonlySet<string>,
): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const visited = new Set<string>();
  let frontier = [...new Set(roots.map((root) => realpathSync(root)))].map((directory) => ({
    directory,
    chain: [label(directory)],
    root: true,
  }));
  while (frontier.length > 0 && chains.size < targets.size) {
    const next: typeof frontier = [];
    for (const { directory, chain, root } of frontier) {
      if (visited.has(directory)) continue;
      visited.add(directory);
      if (targets.has(directory) && !chains.has(directory)) chains.set(directory, chain);
      const manifest = manifestOf(directory);
      if (manifest === undefined) continue;
      const names = Object.keys({
        ...manifest.dependencies,
        ...manifest.optionalDependencies,
        ...manifest.peerDependencies,
        ...(root ? manifest.devDependencies : {}),
      }).sort();
      for (const name of names) {
        const resolved = resolvePackageDirectory(directory, name);
        if (resolved && !visited.has(resolved))
          next.push({ directory: resolved, chain: [...chain, label(resolved)], root: false });
      }
    }
    frontier = next;
  }
  return chains;
}
