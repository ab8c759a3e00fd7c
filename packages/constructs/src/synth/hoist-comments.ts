import { NixCommented, type NixValue, withComment } from '@cdknix/nix';
import { isPlainObject } from './plain-object.js';

type Tree = Record<string, unknown>;

/** A comment naming one site, `aspects/ai: src/ai.ts:12`: its file part and its line. */
const ONE_SITE = /^([^,]*):(\d+)$/;

/**
 * The comments of every leaf below, or undefined when one has none. Leaves written in one file
 * have comments that differ only by line (each names its property's line).
 */
function leafComments(tree: Tree, into: string[] = []): string[] | undefined {
  for (const child of Object.values(tree)) {
    if (NixCommented.isCommented(child)) into.push(child.comment);
    else if (!isPlainObject(child) || leafComments(child, into) === undefined) return undefined;
  }
  return into;
}

/**
 * The comment a block takes when every leaf below comes from one place: that comment, or, for
 * leaves written in one file, the file with the block's first line. Undefined otherwise.
 */
function sharedComment(tree: Tree): string | undefined {
  const comments = leafComments(tree);
  if (comments === undefined || comments.length === 0) return undefined;
  const [first] = comments as [string, ...string[]];
  if (comments.every((comment) => comment === first)) return first;
  const sites = comments.map((comment) => ONE_SITE.exec(comment));
  const file = sites[0]?.[1];
  if (sites.some((site) => site === null || site[1] !== file)) return undefined;
  const line = Math.min(...sites.map((site) => Number(site![2])));
  return `${file}:${line}`;
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
 * `# @cdknix/constructs: host identity`); when they come from one file, the comment names the
 * block's first line in it (`services.openssh = { ... }` under `# ...: src/openssh.ts:10`).
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
