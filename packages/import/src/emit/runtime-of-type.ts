import type { TypeKind, TypeNode, TypeNodeOf } from '../parse/type-node.js';
import {
  attributeElementChild,
  listElementChild,
  type OptionTreeNode,
} from '../tree/option-tree.js';
import { quoteString } from './identifiers.js';

/** What a type needs from the declarations module being generated. */
export interface RuntimeContext {
  /** Records an import from `@cdknix/modules` or the option-types module; returns its local name. */
  use(source: 'modules' | 'optionTypes', name: string): string;
  /** The `{ name: mkOption(...) }` object of a submodule's options, as source text. */
  submoduleOptions(tree: OptionTreeNode | undefined, depth: number): string;
}

type Render<K extends TypeKind> = (
  node: TypeNodeOf<K>,
  tree: OptionTreeNode | undefined,
  context: RuntimeContext,
  depth: number,
) => string;

const integerRanges = {
  signed: 'types.int',
  unsigned: 'types.ints.unsigned',
  positive: 'types.ints.positive',
} as const;

/**
 * The evaluator type for each kind, as source text. Types the evaluator does not have
 * come from `@cdknix/option-types`; `unknown` becomes `permissiveType`
 * (accepts any value, merges like `types.anything`) and is listed in the import report.
 */
const renderers: { readonly [K in TypeKind]: Render<K> } = {
  boolean: (_, __, context) => `${context.use('modules', 'types')}.bool`,
  integer: (node, _, context) => {
    context.use('modules', 'types');
    const range = node.range;
    return range.kind === 'between'
      ? `types.ints.between(${range.minimum}, ${range.maximum})`
      : integerRanges[range.kind];
  },
  float: (_, __, context) => `${context.use('modules', 'types')}.float`,
  number: (_, __, context) => `${context.use('modules', 'types')}.number`,
  string: (node, _, context) => {
    context.use('modules', 'types');
    if (node.flavour === 'nonEmpty') return 'types.nonEmptyStr';
    return node.flavour === 'singleLine'
      ? `types.strMatching(${quoteString('[^\n\r]*\n?')})`
      : 'types.str';
  },
  separatedString: (node, _, context) =>
    node.separator === '\n'
      ? `${context.use('modules', 'types')}.lines`
      : `${context.use('modules', 'types')}.separatedString(${quoteString(node.separator)})`,
  stringMatching: (node, _, context) =>
    `${context.use('modules', 'types')}.strMatching(${quoteString(node.pattern)})`,
  enum: (node, _, context) => {
    // `one of <null>, "auto"` accepts what `nullOr (enum [ "auto" ])` accepts; the
    // evaluator's enum takes no null member, so the null moves out.
    const members = node.values
      .filter((value) => value !== null)
      .map((value) => JSON.stringify(value));
    const enumeration = `${context.use('modules', 'types')}.enum([${members.join(', ')}])`;
    return node.values.includes(null) ? `types.nullOr(${enumeration})` : enumeration;
  },
  null: (_, __, context) => `${context.use('modules', 'types')}.enum([null])`,
  package: (_, __, context) => context.use('optionTypes', 'packageType'),
  path: (_, __, context) => context.use('optionTypes', 'pathType'),
  anything: (node, _, context) =>
    `${context.use('modules', 'types')}.${node.flavour === 'raw' ? 'raw' : 'anything'}`,
  attributeSet: (_, __, context) => `${context.use('modules', 'types')}.attrs`,
  formatValue: (node, _, context) =>
    `${context.use('optionTypes', 'formatValueType')}(${quoteString(node.formatName)})`,
  listOf: (node, tree, context, depth) => {
    const element = runtimeOfType(
      node.element,
      tree === undefined ? undefined : listElementChild(tree),
      context,
      depth,
    );
    const list = `${context.use('modules', 'types')}.listOf(${element})`;
    return node.unique ? `types.uniq(${list})` : list;
  },
  attributeSetOf: (node, tree, context, depth) => {
    const element = runtimeOfType(
      node.element,
      tree === undefined ? undefined : attributeElementChild(tree),
      context,
      depth,
    );
    return `${context.use('modules', 'types')}.${node.lazy ? 'lazyAttrsOf' : 'attrsOf'}(${element})`;
  },
  union: (node, tree, context, depth) => unionOf(node.members, tree, context, depth),
  coercedTo: (node, tree, context, depth) => unionOf([node.final, node.from], tree, context, depth),
  submodule: (node, tree, context, depth) => {
    const freeform =
      node.freeform === undefined
        ? ''
        : `freeformType: ${runtimeOfType(node.freeform, undefined, context, depth)}, `;
    return `${context.use('modules', 'types')}.submodule({ ${freeform}options: ${context.submoduleOptions(tree, depth + 1)} })`;
  },
  function: (_, __, context) => context.use('optionTypes', 'functionType'),
  unknown: (_, __, context) => context.use('optionTypes', 'permissiveType'),
};

export function runtimeOfType(
  node: TypeNode,
  tree: OptionTreeNode | undefined,
  context: RuntimeContext,
  depth: number,
): string {
  const render = renderers[node.kind] as Render<typeof node.kind>;
  return render(node as never, tree, context, depth);
}

/**
 * `null or A or B` is `nullOr (either A B)`; longer unions nest `either` to the right,
 * as `types.oneOf` does.
 */
function unionOf(
  members: readonly TypeNode[],
  tree: OptionTreeNode | undefined,
  context: RuntimeContext,
  depth: number,
): string {
  context.use('modules', 'types');
  const nullable = members.some((member) => member.kind === 'null');
  const rendered = members
    .filter((member) => member.kind !== 'null')
    .map((member) => runtimeOfType(member, tree, context, depth));
  if (rendered.length === 0) return 'types.enum([null])';
  const either = rendered.reduceRight((right, left) => `types.either(${left}, ${right})`);
  return nullable ? `types.nullOr(${either})` : either;
}
