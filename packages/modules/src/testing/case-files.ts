import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The conformance case files at `target`: the file itself, or every `*.json` below a directory, sorted. */
export function caseFiles(target: string): string[] {
  if (statSync(target).isDirectory())
    return readdirSync(target)
      .sort()
      .flatMap((entry) => caseFiles(join(target, entry)));
  return target.endsWith('.json') ? [target] : [];
}
