import { mkOptionType, types } from '@cdknix/modules';
import { isNixNode, type NixNode } from '@cdknix/nix';

/**
 * Options whose value is a Nix function (`functionTo`, hooks, overlays): in TypeScript such a
 * value is written as Nix (`rawNix('final: prev: { }')`), so it is a Nix-only node, and two
 * definitions cannot be merged.
 */
export const functionType = mkOptionType<NixNode>({
  name: 'function',
  description: 'function',
  descriptionClass: 'noun',
  check: (value) => isNixNode(value),
  merge: (path, definitions) => types.uniq(types.raw).merge(path, definitions) as NixNode,
});

/**
 * The documented fallback of `cdknix import` for type descriptions it cannot parse: accepts
 * any value and merges like `types.anything`. Every option typed with it is listed in the
 * import report.
 */
export const permissiveType = mkOptionType<unknown>({
  name: 'permissive',
  description: 'any value (type not imported)',
  descriptionClass: 'noun',
  check: () => true,
  merge: (path, definitions) => types.anything.merge(path, definitions),
});
