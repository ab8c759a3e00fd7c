import { mkOptionType, types } from '@cdknix/modules';
import { isNixNode, type NixNode } from '@cdknix/nix';

/**
 * `types.package`: a package reference such as `pkgs.git` (a Nix-only value from
 * `@cdknix/nix`). Like the reference, a package option takes exactly one definition at the
 * winning priority: two, even equal, are an error.
 */
export const packageType = mkOptionType<NixNode>({
  name: 'package',
  description: 'package',
  descriptionClass: 'noun',
  check: (value) => isNixNode(value),
  merge: (path, definitions) => types.uniq(types.raw).merge(path, definitions) as NixNode,
});
