import type { Problem } from '../errors/problem.js';
import type { CallSite } from '../source/call-site.js';
import type { Host } from './host.js';

/**
 * A module of one class never lands in another, and nothing is silently dropped: an aspect
 * that does nothing where it is used is an error; a homeManager part on a host without
 * users is a warning (its host-class part may still be wanted).
 */
export function checkClassSafety(
  host: Host,
  describe: (site: CallSite | undefined) => string[],
): Problem[] {
  const problems: Problem[] = [];
  const hostClass = host.spec.class;
  const hasUsers = host.users.length > 0;
  for (const { aspect, site } of host.aspects) {
    const path = `fleet/${host.spec.name}/aspects/${aspect.name}`;
    const applies = aspect.classes.includes(hostClass);
    const homeManager = aspect.classes.includes('homeManager');
    const others = aspect.classes.filter(
      (nixClass) => nixClass !== hostClass && nixClass !== 'homeManager',
    );
    if (!applies && !(homeManager && hasUsers) && aspect.options === undefined) {
      problems.push({
        severity: 'error',
        kind: 'class',
        path,
        message: `aspect '${aspect.name}' has no part for class '${hostClass}'${homeManager ? ' and the host has no users for its homeManager part' : ''} (it defines: ${aspect.classes.join(', ') || 'nothing'}); it would do nothing on this host`,
        sites: describe(site ?? aspect.site),
        hint:
          others.length > 0
            ? `use it on a ${others.join('/')} host, or add a ${hostClass} part to the aspect`
            : undefined,
      });
    } else if (homeManager && !hasUsers) {
      problems.push({
        severity: 'warning',
        kind: 'class',
        path,
        message: `aspect '${aspect.name}' has a homeManager part but host '${host.spec.name}' has no users; that part is not used here`,
        sites: describe(site ?? aspect.site),
        hint: 'add a user to the host, or split the homeManager part into its own aspect',
      });
    }
  }
  for (const user of host.users) {
    for (const { aspect, site } of user.aspects) {
      if (aspect.classes.includes('homeManager')) continue;
      problems.push({
        severity: 'error',
        kind: 'class',
        path: `fleet/${host.spec.name}/users/${user.user.name}/aspects/${aspect.name}`,
        message: `aspect '${aspect.name}' has no homeManager part (it defines: ${aspect.classes.join(', ') || 'nothing'}); a user's aspects only apply to their home configuration`,
        sites: describe(site ?? aspect.site),
        hint: `list '${aspect.name}' in the host's aspects instead`,
      });
    }
  }
  return problems;
}
