import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';

/** Refuse any file name that is absolute or climbs out of the output directory. */
export function assertInside(relativePath: string): void {
  const normalized = normalize(relativePath);
  if (
    isAbsolute(relativePath) ||
    normalized.startsWith(`..${sep}`) ||
    normalized === '..' ||
    relativePath.includes('\0')
  ) {
    throw new Error(
      `refusing to write ${JSON.stringify(relativePath)}: it would escape the output directory`,
    );
  }
}

/**
 * Write a whole output tree atomically: everything goes into a fresh sibling folder first,
 * which then replaces the previous output with two renames. If anything fails before that,
 * the previous output is left exactly as it was.
 */
export function writeOutput(outDirectory: string, files: ReadonlyMap<string, string>): void {
  const target = resolve(outDirectory);
  for (const relativePath of files.keys()) assertInside(relativePath);
  const staging = `${target}.cdknix-staging-${process.pid}`;
  const previous = `${target}.cdknix-previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [relativePath, content] of [...files].sort(([left], [right]) =>
      left < right ? -1 : 1,
    )) {
      const file = join(staging, relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    mkdirSync(staging, { recursive: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(dirname(target), { recursive: true });
  const hadPrevious = existsSync(target);
  if (hadPrevious) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadPrevious) renameSync(previous, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
