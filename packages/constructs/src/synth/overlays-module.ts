import { lambda, withComment } from '@cdknix/nix';
import type { OverlayDefinition } from '../definitions/flake-input.js';
import type { ModuleValue } from '../definitions/part-context.js';
import type { Host } from '../fleet/host.js';

/**
 * The host's overlays, from every aspect that contributes one (the host's and its users': homes
 * share the host's `pkgs`), in a defined order: ascending `order` (default 1000), then name.
 * Discovery order never changes it.
 */
export function sortedOverlays(host: Host): OverlayDefinition[] {
  const byName = new Map<string, OverlayDefinition>();
  const aspects = [...host.aspects, ...host.users.flatMap((user) => user.aspects)];
  for (const { aspect } of aspects)
    for (const definition of aspect.overlays) byName.set(definition.name, definition);
  return [...byName.values()].sort(
    (left, right) =>
      (left.order ?? 1000) - (right.order ?? 1000) ||
      (left.name < right.name ? -1 : left.name > right.name ? 1 : 0),
  );
}

export function overlaysModule(host: Host): ModuleValue[] {
  const overlays = sortedOverlays(host);
  if (overlays.length === 0) return [];
  return [
    {
      _file: '@cdknix/constructs: overlays',
      config: {
        nixpkgs: {
          overlays: overlays.map((definition) =>
            withComment(
              lambda(['final', 'prev'], definition.attributes as never),
              `overlay ${definition.name}`,
            ),
          ),
        },
      },
    },
  ];
}
