import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PackageApi } from '../api.js';
import { ApiDiffError } from '../errors/api-diff-error.js';
import { snapshotPackage } from '../snapshot/snapshot-package.js';
import type { AspectPackage } from './aspect-packages.js';

/**
 * The working tree's API of a package: its main entry (`exports["."]`, else `main`) is
 * imported, as a fleet would import it. Inside a cdknix workspace the entry is TypeScript
 * source; the `cdknix` command runs with tsx registered, so that loads as it is.
 */
export async function loadApi(aspectPackage: AspectPackage): Promise<PackageApi> {
  const entry = entryOf(aspectPackage);
  let exports: Record<string, unknown>;
  try {
    exports = await import(pathToFileURL(join(aspectPackage.dir, entry)).href);
  } catch (error) {
    throw new ApiDiffError(
      `could not load ${aspectPackage.name} to read its API: ${(error as Error).message}`,
      `${aspectPackage.location}/${entry.replace(/^\.\//, '')}`,
      'make the package load (`corepack pnpm typecheck` shows type errors), then run api-diff again',
    );
  }
  return snapshotPackage(aspectPackage, exports);
}

function entryOf({ manifest, name, location }: AspectPackage): string {
  const exportsField = manifest.exports as Record<string, unknown> | string | undefined;
  const main = typeof exportsField === 'string' ? exportsField : exportsField?.['.'];
  const target =
    typeof main === 'string'
      ? main
      : ((main as Record<string, unknown> | undefined)?.import ??
        (main as Record<string, unknown> | undefined)?.default ??
        manifest.main);
  if (typeof target !== 'string')
    throw new ApiDiffError(
      `${name} has no main entry`,
      `${location}/package.json`,
      'add "exports": { ".": "./src/index.ts" } (or a "main" field)',
    );
  return target;
}
