import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package a file belongs to: the nearest folder above it holding a package.json. */
export interface PackageOfFile {
  /** `name` from package.json, or the folder when it has none. */
  name: string;
  /** `version` from package.json; undefined when it has none (a private host package, say). */
  version: string | undefined;
  /** The package's folder, as the file's path has it (real paths for loaded modules). */
  directory: string;
}

/** The fields of a package.json that cdknix reads. */
export interface Manifest {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: unknown;
  main?: string;
}

const manifests = new Map<string, Manifest | undefined>();

/** The package.json of `directory`, read once; undefined when it has none. */
export function manifestOf(directory: string): Manifest | undefined {
  if (!manifests.has(directory)) {
    const path = join(directory, 'package.json');
    manifests.set(
      directory,
      existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : undefined,
    );
  }
  return manifests.get(directory);
}

const cache = new Map<string, PackageOfFile | undefined>();

/** The package holding `directory` (itself or the nearest folder above with a package.json). */
export function packageOfDirectory(directory: string): PackageOfFile | undefined {
  if (cache.has(directory)) return cache.get(directory);
  let found: PackageOfFile | undefined;
  const manifest = manifestOf(directory);
  if (manifest !== undefined) {
    found = { name: manifest.name ?? directory, version: manifest.version, directory };
  } else if (dirname(directory) !== directory) {
    found = packageOfDirectory(dirname(directory));
  }
  cache.set(directory, found);
  return found;
}

export const packageOfFile = (file: string): PackageOfFile | undefined =>
  packageOfDirectory(dirname(file));
