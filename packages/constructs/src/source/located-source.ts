import type { SiteKind, Source } from '@cdknix/modules';
import type { CallSite } from './call-site.js';
import { type LiteralRoot, propertyLine } from './property-line.js';

/**
 * The evaluator's source for a module written as an object literal at `site`: labelled with the
 * call (`machines/galena: src/index.ts:14`) or with `labelSite` (where the module is used, as a
 * host's `.role('peer')`), `fallback` when neither names a file, and locating each definition
 * at the line of its property (`machines/galena: src/index.ts:36`) when the literal writes it,
 * or at the declaration the literal names.
 */
export function locatedSource(
  site: CallSite | undefined,
  root: LiteralRoot,
  describe: (site: CallSite | undefined) => string[],
  fallback: string,
  labelSite: CallSite | undefined = site,
): Source {
  const file = describe(labelSite)[0] ?? fallback;
  if (site === undefined) return { file };
  const located = new Map<string, Source | undefined>();
  const locate = (path: readonly string[], kind: SiteKind): Source | undefined => {
    const key = `${kind}\0${path.join('\0')}`;
    if (!located.has(key)) {
      const written = propertyLine(site, root, path, kind);
      const label = written === undefined ? undefined : describe(written)[0];
      located.set(key, label === undefined || label === file ? undefined : { file: label });
    }
    return located.get(key);
  };
  return { file, locate };
}
