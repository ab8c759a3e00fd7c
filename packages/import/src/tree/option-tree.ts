import { parseTypeDescription } from '../parse/parse-type-description.js';
import type { TypeNode } from '../parse/type-node.js';
import type { OptionRecord } from '../read/option-record.js';

/**
 * The options arranged as the attribute tree a user writes. A node may be an option, a
 * namespace of further nodes, or both (`programs.git.signing` is a submodule option whose
 * sub-options `programs.git.signing.key` hang below it). Placeholder segments stay as
 * children: `<name>` (or any `<...>`) under an `attribute set of (submodule)` option, `*`
 * under a `list of (submodule)` one.
 */
export interface OptionTreeNode {
  readonly path: readonly string[];
  readonly option: OptionRecord | undefined;
  readonly type: TypeNode | undefined;
  readonly children: ReadonlyMap<string, OptionTreeNode>;
}

interface MutableNode {
  path: string[];
  option: OptionRecord | undefined;
  type: TypeNode | undefined;
  children: Map<string, MutableNode>;
}

/** Builds the tree; children are kept in sorted order so every walk is deterministic. */
export function buildOptionTree(options: readonly OptionRecord[]): OptionTreeNode {
  const root: MutableNode = { path: [], option: undefined, type: undefined, children: new Map() };
  for (const option of options) {
    let node = root;
    for (const segment of option.path) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = {
          path: [...node.path, segment],
          option: undefined,
          type: undefined,
          children: new Map(),
        };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.option = option;
    node.type = parseTypeDescription(option.typeDescription);
  }
  return sortChildren(root);
}

function sortChildren(node: MutableNode): OptionTreeNode {
  const names = [...node.children.keys()].sort();
  const children = new Map(
    names.map((name) => [name, sortChildren(node.children.get(name)!)] as const),
  );
  return { path: node.path, option: node.option, type: node.type, children };
}

export function isPlaceholderSegment(segment: string): boolean {
  return segment === '*' || /^<.+>$/.test(segment);
}

/** The child standing for any element of an attribute set of submodules, if the data has one. */
export function attributeElementChild(node: OptionTreeNode): OptionTreeNode | undefined {
  for (const [segment, child] of node.children) {
    if (segment !== '*' && isPlaceholderSegment(segment)) return child;
  }
  return undefined;
}

export function listElementChild(node: OptionTreeNode): OptionTreeNode | undefined {
  return node.children.get('*');
}

/** Children that are real attribute names, as opposed to element placeholders. */
export function namedChildren(node: OptionTreeNode): Array<[string, OptionTreeNode]> {
  return [...node.children].filter(([segment]) => !isPlaceholderSegment(segment));
}
