import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalRegistry } from './registry.js';
import { cleanEnvironment, runOrThrow } from './run.js';

/** The cdknix workspace this package lives in. */
export const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const tool = (name: string) => join(repository, 'node_modules', '.bin', name);

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

export const readManifest = (directory: string): Manifest =>
  JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as Manifest;

/** The workspace folders (`packages/modules`, `aspects/ai`, `apps/cli`) of every public package. */
export function publicPackageFolders(root = repository): string[] {
  return ['packages', 'aspects', 'apps']
    .flatMap((group) =>
      existsSync(join(root, group))
        ? readdirSync(join(root, group)).map((name) => `${group}/${name}`)
        : [],
    )
    .filter((folder) => existsSync(join(root, folder, 'package.json')))
    .filter((folder) => !readManifest(join(root, folder)).private)
    .sort();
}

/**
 * A copy of the workspace's public packages (sources, built `dist/`, manifests) and its
 * changesets, to version and publish without touching the working tree. Each package gets a
 * `node_modules` like pnpm's: workspace packages link to their copies (so `workspace:^` is
 * published as the copy's version), everything else to the workspace's installed packages,
 * so tools (tsc, the cdknix CLI) run in the copy. Build the workspace first: the copy
 * publishes the `dist/` it finds.
 */
export function copyWorkspaceForRelease(target: string): string {
  mkdirSync(target, { recursive: true });
  const folders = publicPackageFolders();
  for (const folder of folders) {
    cpSync(join(repository, folder), join(target, folder), {
      recursive: true,
      filter: (source) => !/\/(node_modules|\.turbo|\.tmp)$|\.tsbuildinfo$/.test(source),
    });
  }
  const copies = new Map(
    folders.map((folder) => [readManifest(join(repository, folder)).name, join(target, folder)]),
  );
  for (const folder of folders) linkDependencies(folder, target, copies);
  symlinkSync(join(repository, 'node_modules'), join(target, 'node_modules'));
  cpSync(join(repository, '.changeset'), join(target, '.changeset'), { recursive: true });
  cpSync(join(repository, 'tsconfig.base.json'), join(target, 'tsconfig.base.json'));
  writeFileSync(
    join(target, 'package.json'),
    `${JSON.stringify({ name: 'cdknix-release-copy', private: true }, null, 2)}\n`,
  );
  writeFileSync(
    join(target, 'pnpm-workspace.yaml'),
    `packages:\n${folders.map((folder) => `  - ${JSON.stringify(folder)}\n`).join('')}`,
  );
  return target;
}

function linkDependencies(folder: string, target: string, copies: ReadonlyMap<string, string>) {
  const installed = join(repository, folder, 'node_modules');
  if (!existsSync(installed)) return;
  const names = readdirSync(installed).flatMap((name) =>
    name.startsWith('@')
      ? readdirSync(join(installed, name)).map((inner) => `${name}/${inner}`)
      : [name],
  );
  for (const name of names) {
    const link = join(target, folder, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(copies.get(name) ?? realpathSync(join(installed, name)), link);
  }
}

/** `pnpm release` (scripts/release.mjs) in the copy, publishing to the registry. */
export function releaseCopy(copy: string, registry: LocalRegistry): string {
  writeFileSync(join(copy, '.npmrc'), registry.npmrc());
  return runOrThrow(
    process.execPath,
    [
      join(repository, 'scripts', 'release.mjs'),
      '--cwd',
      copy,
      '--registry',
      registry.url,
      '--no-build',
    ],
    copy,
    cleanEnvironment(),
  ).stdout;
}
