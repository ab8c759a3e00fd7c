import { realpathSync } from 'node:fs';
import { type Aspect, type AspectReference, toAspectUse } from '../definitions/define-aspect.js';
import type { Problem } from '../errors/problem.js';
import type { CallSite } from '../source/call-site.js';
import { dependencyChains } from '../source/dependency-chains.js';
import { type PackageOfFile, packageOfFile } from '../source/package-of-file.js';
import type { Host } from './host.js';

interface Copy {
  package: PackageOfFile;
  aspect: Aspect<any>;
  /** Where the copy is used: `web1` or `web1 (via web)`. */
  uses: Set<string>;
}

/**
 * Every aspect a list brings, includes too, with where it is used: `web1` or `web1 (via web)`.
 * Unlike `resolveAspects`, two copies of one aspect are both visited.
 */
function visitAspects(
  references: readonly AspectReference[],
  owner: string,
  record: (aspect: Aspect<any>, use: string) => void,
  trail: readonly Aspect<any>[] = [],
) {
  for (const reference of references) {
    const { aspect } = toAspectUse(reference);
    if (trail.includes(aspect)) continue;
    const names = trail.map((included) => included.name).join(' > ');
    record(aspect, trail.length === 0 ? owner : `${owner} (via ${names})`);
    visitAspects(aspect.includes, owner, record, [...trail, aspect]);
  }
}

/** The package that defined an aspect (the package of its `defineAspect` call), if known. */
export function packageOfAspect(aspect: Aspect<any>): PackageOfFile | undefined {
  return aspect.site ? packageOfFile(aspect.site.file) : undefined;
}

/** Two aspect objects defined by copies of one package (two versions, or one installed twice). */
export function areCopiesOfOnePackage(left: Aspect<any>, right: Aspect<any>): boolean {
  const [leftPackage, rightPackage] = [packageOfAspect(left), packageOfAspect(right)];
  return (
    leftPackage !== undefined &&
    leftPackage.name === rightPackage?.name &&
    leftPackage.directory !== rightPackage.directory
  );
}

/**
 * One package must be loaded once per fleet. When two copies of an aspect package are loaded
 * (the fleet depends on @cdknix/aspect-x@0.2.0 and another aspect on @cdknix/aspect-x@0.1.0),
 * each copy defines its own aspect objects: hosts would mix versions and option declarations
 * would clash. Report each such package once, with every copy's version, the dependency
 * chain that pulled it, and the hosts using it.
 */
export function checkAspectVersions(
  hosts: readonly Host[],
  root: string,
  describe: (site: CallSite | undefined) => string[],
): Problem[] {
  const copiesByName = new Map<string, Map<string, Copy>>();
  const record = (aspect: Aspect<any>, use: string) => {
    const found = packageOfAspect(aspect);
    if (!found) return;
    const directory = realpathSync(found.directory);
    const copies = copiesByName.get(found.name) ?? new Map<string, Copy>();
    copiesByName.set(found.name, copies);
    const copy = copies.get(directory) ?? { package: found, aspect, uses: new Set() };
    copies.set(directory, copy);
    copy.uses.add(use);
  };
  for (const host of hosts) {
    visitAspects(host.spec.aspects, host.spec.name, record);
    for (const user of host.spec.users)
      visitAspects(user.aspects, `${host.spec.name}/users/${user.name}`, record);
  }
  const duplicated = [...copiesByName].filter(([, copies]) => copies.size > 1);
  if (duplicated.length === 0) return [];

  const targets = new Set(duplicated.flatMap(([, copies]) => [...copies.keys()]));
  const roots = [
    root,
    ...hosts.flatMap((host) => {
      const found = host.spec.site && packageOfFile(host.spec.site.file);
      return found ? [found.directory] : [];
    }),
  ];
  const chains = dependencyChains(roots, targets);
  return duplicated.map(([name, copies]) => {
    const sorted = [...copies].sort(([, left], [, right]) =>
      (left.package.version ?? '').localeCompare(right.package.version ?? '', 'en', {
        numeric: true,
      }),
    );
    return {
      severity: 'error' as const,
      kind: 'aspect-versions',
      path: 'fleet',
      message: `${name} is loaded ${copies.size} times, as versions ${sorted.map(([, copy]) => copy.package.version ?? '(none)').join(', ')}: one fleet must load one copy of each aspect package`,
      sites: sorted.map(([directory, copy]) => {
        const chain = chains.get(directory)?.join(' > ') ?? 'no dependency of the fleet root';
        const [site] = describe(copy.aspect.site);
        return `${site} (${name}@${copy.package.version ?? '(none)'}, pulled by ${chain}; used by ${[...copy.uses].sort().join(', ')})`;
      }),
      hint: `make every dependent agree on one version of ${name}: upgrade the packages that pull the older one, or pin it for the whole fleet (pnpm "overrides", npm "overrides")`,
    };
  });
}
