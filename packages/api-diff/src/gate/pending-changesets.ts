import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import type { Bump } from '../diff/api-change.js';
import { ApiDiffError } from '../errors/api-diff-error.js';

export interface PendingChangeset {
  /** Relative to the workspace root: `.changeset/brave-cats.md`. */
  readonly file: string;
  readonly releases: readonly { readonly name: string; readonly type: Bump }[];
}

/**
 * The changesets not yet consumed by `changeset version`: every `.changeset/*.md` but the
 * README, parsed by changesets' own parser (frontmatter `"@cdknix/aspect-x": minor`).
 */
export function readPendingChangesets(root: string): PendingChangeset[] {
  const directory = join(root, '.changeset');
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md') && !/^readme\.md$/i.test(name))
    .sort()
    .map((name) => {
      const file = `.changeset/${name}`;
      try {
        const parsed = parseChangeset(readFileSync(join(directory, name), 'utf8'));
        return { file, releases: parsed.releases as PendingChangeset['releases'] };
      } catch (error) {
        throw new ApiDiffError(
          (error as Error).message.split('\n')[0]!,
          file,
          'start the file with frontmatter naming each package and its bump:\n---\n"@cdknix/aspect-x": minor\n---\n\nWhat changed.',
        );
      }
    });
}
