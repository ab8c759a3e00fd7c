import { distance } from 'fastest-levenshtein';
import { PrefixMatchesNothingError } from '../errors/import-errors.js';
import type { OptionRecord } from '../read/option-record.js';

/**
 * Keeps the options at or below any of the given dotted prefixes (`programs.git`), so a
 * project can import the few option trees it uses instead of all of them. A prefix that
 * selects nothing is an error naming the nearest existing prefix.
 */
export function selectPrefixes(
  options: readonly OptionRecord[],
  prefixes: readonly string[],
  fileName: string,
): OptionRecord[] {
  if (prefixes.length === 0) return [...options];
  const selected = new Set<OptionRecord>();
  for (const prefix of prefixes) {
    const segments = prefix.split('.');
    const matches = options.filter((option) => startsWith(option.path, segments));
    if (matches.length === 0) {
      throw new PrefixMatchesNothingError(fileName, prefix, nearestPrefix(options, segments));
    }
    for (const match of matches) selected.add(match);
  }
  return options.filter((option) => selected.has(option));
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}

/**
 * Keeps the segments that exist, then proposes the existing name closest to the first one
 * that does not: `programs.gti` suggests `programs.git`.
 */
function nearestPrefix(
  options: readonly OptionRecord[],
  segments: readonly string[],
): string | undefined {
  for (let length = segments.length - 1; length >= 0; length -= 1) {
    const head = segments.slice(0, length);
    const siblings = new Set<string>();
    for (const option of options) {
      const next = option.path[length];
      if (next !== undefined && startsWith(option.path, head)) siblings.add(next);
    }
    if (siblings.size > 0)
      return [...head, closestName(segments[length]!, [...siblings].sort())].join('.');
  }
  return undefined;
}

/**
 * The candidate at the smallest edit distance; among equals, one with the same letters
 * (a swap: `gti` → `git` rather than `gh`), then the first by name.
 */
function closestName(wanted: string, candidates: readonly string[]): string {
  const letters = (word: string) => [...word].sort().join('');
  const score = (candidate: string) =>
    distance(wanted, candidate) * 2 - (letters(candidate) === letters(wanted) ? 1 : 0);
  return candidates.reduce((best, candidate) =>
    score(candidate) < score(best) ? candidate : best,
  );
}
