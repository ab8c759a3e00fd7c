import type { TypeKind, TypeNode, TypeNodeOf } from '../parse/type-node.js';
import {
  attributeElementChild,
  listElementChild,
  type OptionTreeNode,
} from '../tree/option-tree.js';

/** What a type needs from the module being generated. */
export interface TypeScriptContext {
  /** The interface holding a submodule's options (those below `tree`), by name. */
  submoduleInterface(tree: OptionTreeNode | undefined, open: boolean): string;
}

type Render<K extends TypeKind> = (
  node: TypeNodeOf<K>,
  tree: OptionTreeNode | undefined,
  context: TypeScriptContext,
) => string;

/**
 * The TypeScript type of the values a Nix type accepts, one entry per kind. `tree` is the
 * option node the value sits at; container kinds pass on their element placeholder
 * (`<name>`, `*`) so that a submodule finds its own sub-options.
 */
const renderers: { readonly [K in TypeKind]: Render<K> } = {
  boolean: () => 'boolean',
  integer: () => 'number',
  float: () => 'number',
  number: () => 'number',
  string: () => 'string',
  separatedString: () => 'string',
  stringMatching: () => 'string',
  enum: (node) =>
    node.values.map((value) => (value === null ? 'null' : JSON.stringify(value))).join(' | '),
  null: () => 'null',
  package: () => 'NixRef',
  path: () => 'NixPath | string',
  anything: () => 'unknown',
  attributeSet: () => '{ readonly [name: string]: unknown }',
  formatValue: () => 'FormatValue',
  listOf: (node, tree, context) =>
    `readonly (${typescriptOfType(node.element, tree === undefined ? undefined : listElementChild(tree), context)})[]`,
  attributeSetOf: (node, tree, context) => {
    const element = typescriptOfType(
      node.element,
      tree === undefined ? undefined : attributeElementChild(tree),
      context,
    );
    return `{ readonly [name: string]: Definable<${element}> }`;
  },
  union: (node, tree, context) =>
    unionOf(node.members.map((member) => typescriptOfType(member, tree, context))),
  coercedTo: (node, tree, context) =>
    unionOf([
      typescriptOfType(node.final, tree, context),
      typescriptOfType(node.from, tree, context),
    ]),
  submodule: (node, tree, context) => context.submoduleInterface(tree, node.freeform !== undefined),
  function: () => 'unknown',
  unknown: () => 'unknown',
};

export function typescriptOfType(
  node: TypeNode,
  tree: OptionTreeNode | undefined,
  context: TypeScriptContext,
): string {
  const render = renderers[node.kind] as Render<typeof node.kind>;
  return render(node as never, tree, context);
}

/** Joins members once each; `unknown` absorbs everything, as it does in TypeScript. */
function unionOf(members: readonly string[]): string {
  const unique = [...new Set(members)];
  return unique.includes('unknown') ? 'unknown' : unique.join(' | ');
}
