import type { SiteKind } from '@cdknix/modules';
import type { CallSite } from './call-site.js';
import {
  type AstNode,
  childNodes,
  declaredValue,
  isFunction,
  isNode,
  lineAt,
  parsedFile,
  type Written,
} from './parsed-file.js';

/**
 * JavaScript gives no line for the properties of an object literal: a stack frame names only
 * the call (`defineHost({` or `nixosPart(() => ({`). This reads the line of the property that
 * defines an option from the source file itself, so that errors and provenance comments point
 * at `enable: 'yes',` rather than at the call around it. Values written elsewhere are followed
 * to where they are written: a constant or function of the same file (`grafana,` to
 * `const grafana = {`), a spread, a property of a constant, or an import: relative, or from
 * another package (through its `exports` and re-exports, to the file that writes the value).
 */

const WRAPPERS = new Set([
  'ParenthesizedExpression',
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'ChainExpression',
]);

/** The `return` values of a function body, nested functions excluded. */
function returnedValues(node: AstNode): AstNode[] {
  if (node.type === 'ReturnStatement') return isNode(node.argument) ? [node.argument] : [];
  if (isFunction(node)) return [];
  return childNodes(node).flatMap(returnedValues);
}

/**
 * Follows values to what they are written as. `#following` and `#searching` hold the
 * declarations being followed and the objects being searched, so that cycles end.
 */
class Reader {
  readonly #following = new Set<AstNode>();
  readonly #searching = new Set<AstNode>();

  /**
   * The object literals a value may stand for: itself, what a function returns, the contents
   * of `mkIf`, `mkMerge`, `mkDefault` ... (every argument of a call) and what a called local
   * function returns, the elements of a list, both branches of `?:`, `&&`, `??`, and the
   * declarations of names and properties of objects.
   */
  objectsOf(written: Written): Written[] {
    const { node, in: tree } = written;
    const at = (inner: unknown) => (isNode(inner) ? this.objectsOf({ node: inner, in: tree }) : []);
    if (WRAPPERS.has(node.type)) return at(node.expression);
    switch (node.type) {
      case 'ObjectExpression':
        return [written];
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration': {
        const body = node.body as AstNode;
        return body.type === 'BlockStatement'
          ? childNodes(body).flatMap(returnedValues).flatMap(at)
          : at(body);
      }
      case 'CallExpression': {
        const callee = this.#declarationOf({ node: node.callee as AstNode, in: tree });
        const returned =
          callee !== undefined && isFunction(callee.node) ? this.#follow(callee) : [];
        return [...returned, ...(node.arguments as AstNode[]).flatMap(at)];
      }
      case 'ArrayExpression':
        return (node.elements as (AstNode | null)[]).flatMap(at);
      case 'SpreadElement':
        return at(node.argument);
      case 'ConditionalExpression':
        return [...at(node.consequent), ...at(node.alternate)];
      case 'LogicalExpression':
        return [...at(node.left), ...at(node.right)];
      case 'Identifier':
      case 'MemberExpression': {
        const value = this.#declarationOf(written);
        return value === undefined ? [] : this.#follow(value);
      }
      default:
        return [];
    }
  }

  /** The objects of a declaration, unless it is already being followed (a cycle). */
  #follow(declared: Written): Written[] {
    if (this.#following.has(declared.node)) return [];
    this.#following.add(declared.node);
    try {
      return this.objectsOf(declared);
    } finally {
      this.#following.delete(declared.node);
    }
  }

  /** What a name or a property of an object (`shared.grafana`) is declared as. */
  #declarationOf(written: Written): Written | undefined {
    const { node, in: tree } = written;
    if (node.type === 'Identifier') return declaredValue(tree, node.name as string, node.start);
    if (node.type !== 'MemberExpression') return written;
    const name = memberName(node);
    if (name === undefined) return undefined;
    const property = this.propertyNamed(
      this.objectsOf({ node: node.object as AstNode, in: tree }),
      name,
    );
    return property && propertyValue(property);
  }

  /**
   * The property `name` of the first object that writes it. Within one object the last write
   * wins, as in JavaScript: `{ ...shared, enable: true }` is the `enable` after the spread.
   */
  propertyNamed(objects: readonly Written[], name: string): Written | undefined {
    for (const object of objects) {
      // An object spread into itself (`const a = { ...b }; const b = { ...a };`) is read once.
      if (this.#searching.has(object.node)) continue;
      this.#searching.add(object.node);
      try {
        const found = this.#ownProperty(object, name);
        if (found !== undefined) return found;
      } finally {
        this.#searching.delete(object.node);
      }
    }
    return undefined;
  }

  #ownProperty(object: Written, name: string): Written | undefined {
    const properties = object.node.properties as AstNode[];
    for (let index = properties.length - 1; index >= 0; index -= 1) {
      const property = properties[index]!;
      if (property.type === 'SpreadElement') {
        const spread = this.propertyNamed(this.objectsOf({ node: property, in: object.in }), name);
        if (spread !== undefined) return spread;
      } else if (keyName(property) === name) return { node: property, in: object.in };
    }
    return undefined;
  }

  /** The objects under `name` of the objects (`config` or `options` of a module in full form). */
  objectsUnder(objects: readonly Written[], name: string): Written[] {
    const property = this.propertyNamed(objects, name);
    return property === undefined ? [] : this.objectsOf(propertyValue(property));
  }
}

function memberName(member: AstNode): string | undefined {
  const property = member.property as AstNode;
  if (!member.computed && property.type === 'Identifier') return property.name as string;
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return undefined;
}

function keyName(property: AstNode): string | undefined {
  if (property.type !== 'Property') return undefined;
  const key = property.key as AstNode;
  if (!property.computed && key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** A property's value, in the property's file. */
const propertyValue = (property: Written): Written => ({
  node: property.node.value as AstNode,
  in: property.in,
});

/** Where the definitions sit inside the call's first argument. */
export interface LiteralRoot {
  /**
   * The properties of the argument that lead to them (`['settings']`, `['roles', 'peer',
   * 'nixos']`); the argument itself when empty or absent.
   */
  readonly within?: readonly string[];
  /** The option path the literal is placed at (`['aspects', 'shell']` for an aspect's options). */
  readonly prefix?: readonly string[];
}

/** Where a module in full form keeps each kind (`{ options = ...; config = ...; }`). */
const FULL_FORM: Record<SiteKind, string> = { definition: 'config', declaration: 'options' };

/**
 * The file and line of the property that defines (or declares) `path` in the object literal
 * written at `site`, as deep as the literal goes (a value computed elsewhere ends the search at
 * its property; a path the literal does not write at all, at the `within` property), or
 * undefined when the literal writes nothing of it (or the file cannot be read). The file is
 * another one when the value is imported from it.
 */
export function propertyLine(
  site: CallSite,
  root: LiteralRoot,
  path: readonly string[],
  kind: SiteKind = 'definition',
): CallSite | undefined {
  const prefix = root.prefix ?? [];
  if (prefix.some((name, index) => path[index] !== name)) return undefined;
  const parsed = parsedFile(site.file);
  // The outermost call on the line: `nixosPart(() => ({ a: mkIf(c, {` is the `nixosPart` one.
  const call = parsed?.callsByLine
    .get(site.line)
    ?.reduce((outer, inner) => (inner.start < outer.start ? inner : outer));
  if (parsed === undefined || call === undefined) return undefined;
  const [argument] = call.arguments as AstNode[];
  if (argument === undefined) return undefined;
  const reader = new Reader();
  const lineOf = (property: Written): CallSite => ({
    file: property.in.file,
    line: lineAt(property.in.lineStarts, property.node.start),
  });
  let objects = reader.objectsOf({ node: argument, in: parsed });
  // The module itself is written at its property (`nixos: () => ({`), when it has one.
  let found: CallSite | undefined;
  for (const name of root.within ?? []) {
    const property = reader.propertyNamed(objects, name);
    found = property && lineOf(property);
    objects = property === undefined ? [] : reader.objectsOf(propertyValue(property));
  }
  for (const name of path.slice(prefix.length)) {
    const property =
      reader.propertyNamed(objects, name) ??
      reader.propertyNamed(reader.objectsUnder(objects, FULL_FORM[kind]), name);
    if (property === undefined) break;
    found = lineOf(property);
    objects = reader.objectsOf(propertyValue(property));
  }
  return found;
}
