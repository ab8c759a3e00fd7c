/**
 * Removed and added entries that match (same signature: type and default) are renames, when
 * the match is one to one. Two removed options of one type and default with two added ones
 * are ambiguous: they stay removed and added, which needs the same major bump anyway.
 */
export function pairRenames(
  removed: ReadonlyMap<string, string>,
  added: ReadonlyMap<string, string>,
): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [oldPath, signature] of removed) {
    const matches = [...added].filter(([, candidate]) => candidate === signature);
    const rivals = [...removed].filter(([, candidate]) => candidate === signature);
    if (matches.length === 1 && rivals.length === 1) renames.set(oldPath, matches[0]![0]);
  }
  return renames;
}
