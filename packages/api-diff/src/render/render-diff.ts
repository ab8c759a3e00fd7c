import type { ApiChange } from '../diff/api-change.js';
import type { ApiDiff } from '../diff/diff-api.js';

/** Where the older API came from, for people: `aspects/shell/api.json (0.1.0)`. */
export interface Baseline {
  readonly source: string;
  readonly version: string;
}

/** One line per change: bump, option path, what changed. */
export function renderChange(change: ApiChange): string {
  return `  ${change.bump.padEnd(5)}  ${change.path}: ${change.detail}`;
}

/**
 * ```
 * @cdknix/aspect-shell: needs a major release (against aspects/shell/api.json, 0.1.0)
 *   major  aspects.shell.extraAliases: removed (was attribute set of string, default {})
 * ```
 */
export function renderDiff(diff: ApiDiff, baseline: Baseline): string {
  const against = `against ${baseline.source}, ${baseline.version}`;
  if (diff.changes.length === 0) return `${diff.package}: no API change (${against})\n`;
  const lines = [
    `${diff.package}: needs a ${diff.bump} release (${against})`,
    ...diff.changes.map(renderChange),
  ];
  return `${lines.join('\n')}\n`;
}
