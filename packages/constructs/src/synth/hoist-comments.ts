import { NixCommented, type NixValue, withComment } from '@cdknix/nix';
import { isPlainObject } from './plain-object.js';

type Tree = Record<string, unknown>;

/** The one comment every leaf below shares, or undefined when they differ or one has none. */
function sharedComment(tree: Tree): string | undefined {
  let shared: string | undefined;
  for (const child of Object.values(tree)) {
    const comment = NixCommented.isCommented(child)
      ? child.comment
      : isPlainObject(child)
        ? sharedComment(child)
        : undefined;
    if (comment === undefined || (shared !== undefined && comment !== shared)) return undefined;
    shared = comment;
  }
  return shared;
}

function stripComments(tree: Tree): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([name, child]) => [
      name,
      NixCommented.isCommented(child)
        ? child.value
        : isPlainObject(child)
          ? stripComments(child)
          : child,
    ]),
  );
}

/**
 * Provenance once per block: when every value in a set comes from the same place, the set
 * carries one comment instead of one per line (`users.users.alice = { ... }` under
 * `# @cdknix/constructs: host identity`).
 */
export function hoistComments(tree: Tree): Tree {
  const hoisted: Tree = {};
  for (const [name, child] of Object.entries(tree)) {
    if (!isPlainObject(child)) {
      hoisted[name] = child;
      continue;
    }
    const comment = Object.keys(child).length > 1 ? sharedComment(child) : undefined;
    hoisted[name] =
      comment === undefined
        ? hoistComments(child)
        : withComment(stripComments(child) as NixValue, comment);
  }
  return hoisted;
}
