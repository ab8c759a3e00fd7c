import { mkOptionType, types } from '@cdknix/modules';
import { isNixNode, type NixNode } from '@cdknix/nix';

/**
 * `types.path`: an absolute path, either a path value (`path('./motd')`) or a string that
 * starts with `/`. Equal definitions merge; different ones conflict (as `mergeEqualOption`).
 */
export const pathType = mkOptionType<NixNode | string>({
  name: 'path',
  description: 'absolute path',
  descriptionClass: 'noun',
  check: (value) => isNixNode(value) || (typeof value === 'string' && value.startsWith('/')),
  merge: (path, definitions) => types.anything.merge(path, definitions) as NixNode | string,
});
