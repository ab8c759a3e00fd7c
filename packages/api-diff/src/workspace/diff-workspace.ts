import type { PackageApi } from '../api.js';
import {
  type BaselineApi,
  readCommittedBaseline,
  writeCommittedBaseline,
} from '../baseline/committed-baseline.js';
import { readRegistryBaseline } from '../baseline/registry-baseline.js';
import { type ApiDiff, diffApi } from '../diff/diff-api.js';
import { findAspectPackages } from './aspect-packages.js';
import { loadApi } from './load-api.js';

export interface WorkspaceDiffOptions {
  /** Any folder inside the workspace. */
  readonly root: string;
  /** Package names; every aspect package when empty. */
  readonly packages?: readonly string[];
  /** Compare with the latest version published there instead of the committed `api.json`. */
  readonly registry?: string | undefined;
}

export interface PackageDiff {
  readonly diff: ApiDiff;
  readonly baseline: BaselineApi;
  readonly current: PackageApi;
}

export interface WorkspaceDiff {
  /** The workspace root (where `.changeset/` lives). */
  readonly root: string;
  readonly packages: readonly PackageDiff[];
}

/** Each aspect package's API in the working tree against its last release. */
export async function diffWorkspace(options: WorkspaceDiffOptions): Promise<WorkspaceDiff> {
  const workspace = await findAspectPackages(options.root, options.packages);
  const packages: PackageDiff[] = [];
  for (const aspectPackage of workspace.packages) {
    const current = await loadApi(aspectPackage);
    const baseline =
      options.registry === undefined
        ? readCommittedBaseline(aspectPackage)
        : await readRegistryBaseline(aspectPackage.name, options.registry);
    packages.push({ diff: diffApi(baseline.api, current), baseline, current });
  }
  return { root: workspace.root, packages };
}

/** Rewrites each package's committed `api.json` with its working tree API; returns the files. */
export async function updateBaselines(
  options: Omit<WorkspaceDiffOptions, 'registry'>,
): Promise<string[]> {
  const workspace = await findAspectPackages(options.root, options.packages);
  const written: string[] = [];
  for (const aspectPackage of workspace.packages)
    written.push(writeCommittedBaseline(aspectPackage, await loadApi(aspectPackage)));
  return written;
}
