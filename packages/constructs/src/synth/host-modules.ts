import { withModuleSource } from '@cdknix/modules';
import { pkgs } from '@cdknix/nix';
import type { NixClass } from '../classes.js';
import type { ModuleValue, PartContext } from '../definitions/part-context.js';
import type { Fleet } from '../fleet/fleet.js';
import type { Host, HostUser } from '../fleet/host.js';
import type { ResolvedAspect } from '../fleet/resolve-aspects.js';
import type { CallSite } from '../source/call-site.js';
import { locatedSource } from '../source/located-source.js';
import { homeIdentityModule, hostIdentityModule } from './framework-modules.js';
import type { OptionSets } from './option-sets.js';
import { overlaysModule } from './overlays-module.js';
import { partModule } from './part-module.js';

/** Declares an aspect's own options at `aspects.<name>`, once per evaluation (keyed). */
function aspectOptionsModule(resolved: ResolvedAspect, describe: Fleet['describe']): ModuleValue[] {
  const { aspect } = resolved;
  if (!aspect.options) return [];
  const prefix = ['aspects', aspect.name];
  return [
    withModuleSource(
      {
        key: `cdknix-aspect-options:${aspect.name}`,
        options: { aspects: { [aspect.name]: aspect.options } },
      },
      locatedSource(aspect.site, { within: ['options'], prefix }, describe, aspect.name),
    ),
  ];
}

/**
 * What a host's `settings` or a user's `homeManager` holds: a module of its own, located in the
 * literal at `site` under `property`.
 */
function ownModule(
  value: ModuleValue | undefined,
  site: CallSite | undefined,
  property: string,
  fleet: Fleet,
  fallback: string,
): ModuleValue[] {
  if (!value) return [];
  const source = locatedSource(site, { within: [property] }, fleet.describe, fallback);
  return [withModuleSource({ imports: [value] }, source)];
}

function aspectModules(
  fleet: Fleet,
  aspects: readonly ResolvedAspect[],
  nixClass: NixClass,
  context: { host: Host; user: HostUser | undefined },
): ModuleValue[] {
  const modules: ModuleValue[] = [];
  for (const resolved of aspects) {
    const parts = resolved.aspect.parts.filter((part) => part.class === nixClass);
    if (parts.length === 0 && !resolved.aspect.classes.includes(nixClass)) continue;
    modules.push(...aspectOptionsModule(resolved, fleet.describe));
    for (const part of parts) {
      modules.push(
        partModule({
          build: part.build,
          source: locatedSource(
            part.site,
            { within: part.within },
            fleet.describe,
            `aspect ${resolved.aspect.name}`,
          ),
          context: {
            pkgs,
            host: context.host.info,
            user: context.user?.info,
            props: resolved.props,
          },
        }),
      );
    }
  }
  return modules;
}

/**
 * Every module of a host's system evaluation, in a fixed order: the class's Nix-side option
 * declarations, the host's identity, its aspects (and what they include), the modules of its
 * service roles, its overlays, and last what is unique to the host.
 */
export function hostModules(fleet: Fleet, host: Host, optionSets: OptionSets): ModuleValue[] {
  const nixClass = host.spec.class;
  const roleModules = fleet.memberships(host.spec.name).flatMap((membership) => {
    const build = membership.definition[nixClass];
    if (!build) return [];
    return [
      partModule({
        build: build as (context: PartContext<unknown>) => ModuleValue,
        // Labelled where the host takes the role; located in the service's definition.
        source: locatedSource(
          membership.instance.service.site,
          { within: ['roles', membership.role, nixClass] },
          fleet.describe,
          `service ${membership.instance.name}/${membership.role}`,
          membership.site,
        ),
        context: { pkgs, host: host.info, user: undefined, props: membership.settings },
        extra: {
          settings: membership.settings,
          instance: { name: membership.instance.name, settings: membership.instanceSettings },
          members: membership.members,
        },
      }),
    ];
  });
  const settings = ownModule(host.spec.settings, host.spec.site, 'settings', fleet, host.spec.name);
  return [
    ...optionSets[nixClass],
    hostIdentityModule(host),
    ...aspectModules(fleet, host.aspects, nixClass, { host, user: undefined }),
    ...roleModules,
    ...overlaysModule(host),
    ...settings,
  ];
}

/**
 * Every module of one user's home evaluation on a host: home-manager's option declarations,
 * the user's identity, the host's aspects' homeManager parts, the user's own aspects, and
 * last the user's own settings.
 */
export function homeModules(
  fleet: Fleet,
  host: Host,
  user: HostUser,
  optionSets: OptionSets,
  stateVersion: string,
): ModuleValue[] {
  const context = { host, user };
  const own = ownModule(
    user.user.homeManager,
    user.user.site,
    'homeManager',
    fleet,
    user.user.name,
  );
  const hostAspectNames = new Set(host.aspects.map((resolved) => resolved.aspect.name));
  return [
    ...optionSets.homeManager,
    homeIdentityModule(user, stateVersion),
    ...aspectModules(fleet, host.aspects, 'homeManager', context),
    ...aspectModules(
      fleet,
      user.aspects.filter((resolved) => !hostAspectNames.has(resolved.aspect.name)),
      'homeManager',
      context,
    ),
    ...own,
  ];
}
