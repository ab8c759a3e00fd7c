import { relative } from 'node:path';
import { getPackages } from '@manypkg/get-packages';
import { ApiDiffError } from '../errors/api-diff-error.js';

export interface AspectPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute. */
  readonly dir: string;
  /** Relative to the workspace root, for messages: `aspects/shell`. */
  readonly location: string;
  readonly manifest: Readonly<Record<string, unknown>>;
}

export interface Workspace {
  readonly root: string;
  readonly packages: readonly AspectPackage[];
}

/**
 * The aspect packages of the workspace that holds `directory`: the published (not private)
 * packages that peer-depend on @cdknix/constructs, as aspects do so that one fleet loads one
 * framework. With `names`, only those (each must be one of them).
 */
export async function findAspectPackages(
  directory: string,
  names: readonly string[] = [],
): Promise<Workspace> {
  const { root, packages } = await getPackages(directory);
  const aspects = packages
    .filter(({ packageJson }) => {
      const manifest = packageJson as { private?: boolean; peerDependencies?: object };
      return manifest.private !== true && '@cdknix/constructs' in (manifest.peerDependencies ?? {});
    })
    .map(({ dir, packageJson }) => ({
      name: packageJson.name,
      version: packageJson.version,
      dir,
      location: relative(root.dir, dir) || '.',
      manifest: packageJson as unknown as Record<string, unknown>,
    }))
    .sort((left, right) => (left.name < right.name ? -1 : 1));
  const unknown = names.filter((name) => !aspects.some((aspect) => aspect.name === name));
  if (unknown.length > 0)
    throw new ApiDiffError(
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is not an aspect package' : 'are not aspect packages'} of this workspace`,
      root.dir,
      `name one of: ${aspects.map((aspect) => aspect.name).join(', ')} (aspect packages are the published ones that peer-depend on @cdknix/constructs)`,
    );
  return {
    root: root.dir,
    packages:
      names.length === 0 ? aspects : aspects.filter((aspect) => names.includes(aspect.name)),
  };
}
