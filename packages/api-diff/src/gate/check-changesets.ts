import { type Bump, compareBumps, strongestBump } from '../diff/api-change.js';
import type { ApiDiff } from '../diff/diff-api.js';
import { renderChange } from '../render/render-diff.js';
import type { PendingChangeset } from './pending-changesets.js';

/** An aspect package whose API change needs more than its pending changesets ask for. */
export interface UncoveredChange {
  readonly diff: ApiDiff;
  /** The strongest bump the pending changesets ask for the package; `none` when none names it. */
  readonly asked: Bump;
  readonly files: readonly string[];
}

/** The packages whose API changed beyond what the pending changesets ask for. */
export function findUncoveredChanges(
  diffs: readonly ApiDiff[],
  changesets: readonly PendingChangeset[],
): UncoveredChange[] {
  const uncovered: UncoveredChange[] = [];
  for (const diff of diffs) {
    if (diff.bump === 'none') continue;
    const naming = changesets.filter((changeset) =>
      changeset.releases.some((release) => release.name === diff.package),
    );
    const asked = strongestBump(
      naming.flatMap((changeset) =>
        changeset.releases
          .filter((release) => release.name === diff.package)
          .map((release) => release.type),
      ),
    );
    if (compareBumps(asked, diff.bump) < 0)
      uncovered.push({ diff, asked, files: naming.map((changeset) => changeset.file) });
  }
  return uncovered;
}

/**
 * ```
 * @cdknix/aspect-shell: the API change needs a major release; .changeset/brave-cats.md asks for patch
 *   major  aspects.shell.extraAliases: removed (was attribute set of string, default {})
 *   fix: ask for major in .changeset/brave-cats.md ("@cdknix/aspect-shell": major), or keep ...
 * ```
 */
export function renderUncovered({ diff, asked, files }: UncoveredChange): string {
  const named = `"${diff.package}": ${diff.bump}`;
  const lines =
    files.length === 0
      ? [
          `${diff.package}: the API change needs a ${diff.bump} release, and no pending changeset names the package`,
          ...diff.changes.map(renderChange),
          '  fix: add a changeset (`corepack pnpm changeset`, or a file such as .changeset/<name>.md):',
          '    ---',
          `    ${named}`,
          '    ---',
          '',
          '    What changed, and what users of the aspect must do.',
          '  If this API was released already, record it instead: `cdknix api-diff --update`.',
        ]
      : [
          `${diff.package}: the API change needs a ${diff.bump} release; ${files.join(', ')} ${files.length === 1 ? 'asks' : 'ask'} for ${asked}`,
          ...diff.changes.map(renderChange),
          `  fix: ask for ${diff.bump} in ${files[0]} (${named}), or keep the API compatible so that ${asked} is enough (keep the option and deprecate it instead of removing it, widen instead of narrowing).`,
        ];
  return `${lines.join('\n')}\n`;
}
