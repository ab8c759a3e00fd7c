import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { CallSite } from './call-site.js';

interface PackageOfFile {
  /** The package's folder relative to the workspace root (`aspects/ai`), or its name outside it. */
  label: string;
  directory: string;
}

const packageCache = new Map<string, PackageOfFile | undefined>();

function findPackage(directory: string, root: string): PackageOfFile | undefined {
  if (packageCache.has(directory)) return packageCache.get(directory);
  let found: PackageOfFile | undefined;
  const manifest = join(directory, 'package.json');
  if (existsSync(manifest)) {
    const inside =
      !relative(root, directory).startsWith('..') &&
      !directory.includes(`${sep}node_modules${sep}`);
    const name =
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name ?? directory;
    found = {
      label: inside ? relative(root, directory).split(sep).join('/') || '.' : name,
      directory,
    };
  } else if (dirname(directory) !== directory) {
    found = findPackage(dirname(directory), root);
  }
  packageCache.set(directory, found);
  return found;
}

/**
 * A stable, machine-independent label for a call site: `aspects/ai: src/claude-code.ts:12`
 * (workspace folder of the package, then the file inside it). No absolute paths, so the
 * output is the same on every machine.
 */
export function describeSource(site: CallSite, root: string): string {
  const owner = findPackage(dirname(site.file), root);
  if (!owner) return `${relative(root, site.file).split(sep).join('/')}:${site.line}`;
  const inner = relative(owner.directory, site.file).split(sep).join('/');
  return `${owner.label}: ${inner}:${site.line}`;
}
