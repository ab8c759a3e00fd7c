import { isDeepStrictEqual } from 'node:util';
import { type Aspect, type AspectReference, toAspectUse } from '../definitions/define-aspect.js';
import type { Problem } from '../errors/problem.js';
import type { CallSite } from '../source/call-site.js';
import { areCopiesOfOnePackage } from './check-aspect-versions.js';
import { validateProps } from './validate-props.js';

/** An aspect as it applies to one host or user: validated props, and who brought it. */
export interface ResolvedAspect {
  aspect: Aspect<any>;
  props: unknown;
  /** `host` or the chain of aspects that included it (`development > git`). */
  via: string;
  site: CallSite | undefined;
}

interface Seen {
  resolved: ResolvedAspect;
  rawProps: unknown;
}

/**
 * Flatten a list of aspects and everything they include (each aspect first, then its
 * includes, depth first), once per aspect. The same aspect used twice with different props
 * is an error naming both places; so are two different aspects sharing a name.
 */
export function resolveAspects(
  references: readonly AspectReference[],
  owner: string,
  describe: (site: CallSite | undefined) => string[],
): { aspects: ResolvedAspect[]; problems: Problem[] } {
  const seen = new Map<string, Seen>();
  const aspects: ResolvedAspect[] = [];
  const problems: Problem[] = [];

  const visit = (reference: AspectReference, via: string, trail: readonly string[]) => {
    const use = toAspectUse(reference);
    const { aspect } = use;
    const path = `${owner}/aspects/${aspect.name}`;
    const earlier = seen.get(aspect.name);
    if (earlier) {
      if (areCopiesOfOnePackage(earlier.resolved.aspect, aspect)) {
        // two versions of one package: checkAspectVersions reports it once for the fleet
      } else if (earlier.resolved.aspect !== aspect) {
        problems.push({
          severity: 'error',
          kind: 'aspect-name',
          path,
          message: `two different aspects are named '${aspect.name}'`,
          sites: [...describe(earlier.resolved.aspect.site), ...describe(aspect.site)],
          hint: 'give each aspect a unique name',
        });
      } else if (!isDeepStrictEqual(earlier.rawProps, use.props) && use.props !== undefined) {
        problems.push({
          severity: 'error',
          kind: 'props',
          path,
          message: `aspect '${aspect.name}' is used twice with different props (via ${earlier.resolved.via} and via ${via})`,
          sites: [...describe(earlier.resolved.site), ...describe(use.site)],
          hint: 'use the aspect once, or make both uses agree on its props',
        });
      }
      return;
    }
    if (trail.includes(aspect.name)) return;
    const validated = validateProps(aspect.propsSchema, use.props);
    if (!validated.ok) {
      problems.push({
        severity: 'error',
        kind: 'props',
        path,
        message: `invalid props for aspect '${aspect.name}': ${validated.issues.join('; ')}`,
        sites: describe(use.site ?? aspect.site),
      });
      return;
    }
    const resolved: ResolvedAspect = {
      aspect,
      props: validated.value,
      via,
      site: use.site ?? aspect.site,
    };
    seen.set(aspect.name, { resolved, rawProps: use.props });
    aspects.push(resolved);
    for (const included of aspect.includes) {
      visit(included, via === 'host' || via === 'user' ? aspect.name : `${via} > ${aspect.name}`, [
        ...trail,
        aspect.name,
      ]);
    }
  };

  for (const reference of references)
    visit(reference, owner.includes('/users/') ? 'user' : 'host', []);
  return { aspects, problems };
}
