import type { Source } from '@cdknix/modules';
import type { CallSite } from './call-site.js';
import { type LiteralRoot, propertyLine } from './property-line.js';

/**
 * The evaluator's source for a module written as an object literal at `site`: labelled with the
 * call (`machines/galena: src/index.ts:14`), and locating each definition at the line of its
 * property (`machines/galena: src/index.ts:36`) when the literal writes it there.
 */
export function locatedSource(
  site: CallSite | undefined,
  root: LiteralRoot,
  describe: (site: CallSite | undefined) => string[],
  fallback: string,
): Source {
  const file = describe(site)[0] ?? fallback;
  if (site === undefined) return { file };
  const located = new Map<string, Source | undefined>();
  const locate = (path: readonly string[]): Source | undefined => {
    const key = path.join('\0');
    if (!located.has(key)) {
      const line = propertyLine(site, root, path);
      const label = line === undefined ? undefined : describe({ ...site, line })[0];
      located.set(key, label === undefined || label === file ? undefined : { file: label });
    }
    return located.get(key);
  };
  return { file, locate };
}
