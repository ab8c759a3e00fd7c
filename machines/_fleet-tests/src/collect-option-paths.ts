import type { Fleet, NixClass, PartContext } from '@cdknix/constructs';
import { isProperty } from '@cdknix/modules';
import { isNixNode, pkgs } from '@cdknix/nix';

/** An option path as attribute names (a name may contain dots: `github.com`). */
export type OptionPath = readonly string[];

/**
 * Stands in for `config` while collecting: any read gives the same proxy back. Only thunks
 * and `mkIf` conditions read config, and collecting calls neither.
 */
const anyConfiguration: any = new Proxy({}, { get: () => anyConfiguration });

function isAttributeSet(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * The option paths a module defines, without evaluating it: `mkIf`, `mkMerge` and priority
 * wrappers are looked through (whatever their condition), thunks, lists and Nix values end a
 * path, and a top-level `config` is the full module form.
 */
export function definedPaths(module: unknown, prefix: OptionPath = []): OptionPath[] {
  if (isProperty(module)) {
    const property = module as unknown as {
      kind: string;
      content?: unknown;
      contents?: readonly unknown[];
    };
    const inner = property.kind === 'merge' ? (property.contents ?? []) : [property.content];
    return inner.flatMap((content) => definedPaths(content, prefix));
  }
  if (
    prefix.length === 0 &&
    isAttributeSet(module) &&
    Object.keys(module).length === 1 &&
    'config' in module
  ) {
    return definedPaths(module.config, prefix);
  }
  if (!isAttributeSet(module) || isNixNode(module) || Object.keys(module).length === 0)
    return [prefix];
  return Object.entries(module).flatMap(([name, value]) => definedPaths(value, [...prefix, name]));
}

/** Every option path the fleet defines, per class: aspect parts, service roles, host and user modules. */
export function collectOptionPaths(fleet: Fleet): Record<NixClass, OptionPath[]> {
  const paths: Record<NixClass, OptionPath[]> = { nixos: [], darwin: [], homeManager: [] };
  for (const host of fleet.hosts) {
    const context = (user = host.users[0]?.info): PartContext => ({
      config: anyConfiguration,
      options: anyConfiguration,
      pkgs,
      host: host.info,
      user,
      props: {},
    });
    for (const { aspect, props } of host.aspects) {
      for (const part of aspect.parts)
        paths[part.class].push(...definedPaths(part.build({ ...context(), props })));
    }
    for (const hostUser of host.users) {
      for (const { aspect, props } of hostUser.aspects) {
        for (const part of aspect.parts)
          paths[part.class].push(...definedPaths(part.build({ ...context(hostUser.info), props })));
      }
      if (hostUser.user.homeManager)
        paths.homeManager.push(...definedPaths(hostUser.user.homeManager));
    }
    for (const membership of fleet.memberships(host.spec.name)) {
      const build = membership.definition[host.spec.class];
      if (!build) continue;
      const instance = { name: membership.instance.name, settings: membership.instanceSettings };
      const settings = membership.settings;
      paths[host.spec.class].push(
        ...definedPaths(
          build({ ...context(), props: settings, settings, instance, members: membership.members }),
        ),
      );
    }
    if (host.spec.settings) paths[host.spec.class].push(...definedPaths(host.spec.settings));
  }
  return paths;
}
