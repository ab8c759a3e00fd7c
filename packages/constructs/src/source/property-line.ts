import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SiteKind } from '@cdknix/modules';
import { parseSync } from 'oxc-parser';
import type { CallSite } from './call-site.js';

/**
 * JavaScript gives no line for the properties of an object literal: a stack frame names only
 * the call (`defineHost({` or `nixosPart(() => ({`). This reads the line of the property that
 * defines an option from the source file itself, so that errors and provenance comments point
 * at `enable: 'yes',` rather than at the call around it. Values written elsewhere are followed
 * to where they are written: a constant or function of the same file (`grafana,` to
 * `const grafana = {`), a spread, a property of a constant, or a relative import.
 */

/** A node of the ESTree-shaped tree oxc-parser gives. */
interface AstNode {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

/** A name declared in a scope (the source range it is visible in), with its value if known. */
interface Binding {
  readonly scopeStart: number;
  readonly scopeEnd: number;
  /** The initialiser or function; undefined for parameters and destructured names. */
  readonly value: AstNode | undefined;
}

interface ParsedFile {
  readonly file: string;
  /** Offsets at which each line starts (line 1 at index 0). */
  readonly lineStarts: number[];
  /** Calls by the line they are made on. */
  readonly callsByLine: Map<number, AstNode[]>;
  /** Every declared name, in every scope. */
  readonly bindings: Map<string, Binding[]>;
  /** Names imported from a relative path: the specifier and the name exported there. */
  readonly imports: Map<string, { readonly specifier: string; readonly name: string }>;
}

/** A node and the file it is written in. */
interface Written {
  readonly node: AstNode;
  readonly in: ParsedFile;
}

/** Each file as last read, by path: a file that does not parse is kept as undefined too. */
const parsedFiles = new Map<string, { mtimeMs: number; parsed: ParsedFile | undefined }>();

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function childNodes(node: AstNode): AstNode[] {
  const children: AstNode[] = [];
  for (const [field, value] of Object.entries(node)) {
    if (field === 'type' || field === 'start' || field === 'end') continue;
    if (Array.isArray(value)) children.push(...value.filter(isNode));
    else if (isNode(value)) children.push(value);
  }
  return children;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

/** The 1-based line holding `offset`. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

const isFunction = (node: AstNode) =>
  node.type === 'ArrowFunctionExpression' ||
  node.type === 'FunctionExpression' ||
  node.type === 'FunctionDeclaration';

/** Nodes whose `let` and `const` declarations are visible only inside them. */
const BLOCKS = new Set([
  'BlockStatement',
  'StaticBlock',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'SwitchStatement',
  'CatchClause',
]);

/** The names a binding pattern declares (`{ a, b: [c] }`, `d = 1`, `...e`). */
function patternNames(pattern: AstNode): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name as string];
    case 'ObjectPattern':
      return (pattern.properties as AstNode[]).flatMap((property) =>
        patternNames(property.type === 'RestElement' ? property : (property.value as AstNode)),
      );
    case 'ArrayPattern':
      return (pattern.elements as (AstNode | null)[]).filter(isNode).flatMap(patternNames);
    case 'AssignmentPattern':
      return patternNames(pattern.left as AstNode);
    case 'RestElement':
      return patternNames(pattern.argument as AstNode);
    case 'TSParameterProperty':
      return patternNames(pattern.parameter as AstNode);
    default:
      return [];
  }
}

/** Indexes a program: its calls by line, its declared names by scope, its relative imports. */
function indexFile(file: string, program: AstNode, text: string): ParsedFile {
  const parsed: ParsedFile = {
    file,
    lineStarts: lineStartsOf(text),
    callsByLine: new Map(),
    bindings: new Map(),
    imports: new Map(),
  };
  const bind = (name: string, scope: AstNode, value: AstNode | undefined) => {
    const binding = { scopeStart: scope.start, scopeEnd: scope.end, value };
    const known = parsed.bindings.get(name);
    if (known === undefined) parsed.bindings.set(name, [binding]);
    else known.push(binding);
  };
  const visit = (node: AstNode, block: AstNode, functionScope: AstNode): void => {
    switch (node.type) {
      case 'CallExpression': {
        // A stack frame names the line of the call's opening parenthesis (its callee's end).
        const line = lineAt(parsed.lineStarts, (node.callee as AstNode).end);
        const calls = parsed.callsByLine.get(line);
        if (calls === undefined) parsed.callsByLine.set(line, [node]);
        else calls.push(node);
        break;
      }
      case 'ImportDeclaration': {
        const specifier = (node.source as AstNode).value as string;
        if (!specifier.startsWith('.') || node.importKind === 'type') return;
        for (const imported of node.specifiers as AstNode[]) {
          if (imported.type !== 'ImportSpecifier' || imported.importKind === 'type') continue;
          const name = imported.imported as AstNode;
          parsed.imports.set((imported.local as AstNode).name as string, {
            specifier,
            name: (name.name ?? name.value) as string,
          });
        }
        return;
      }
      case 'VariableDeclaration': {
        const scope = node.kind === 'var' ? functionScope : block;
        for (const declarator of node.declarations as AstNode[]) {
          const id = declarator.id as AstNode;
          if (id.type === 'Identifier')
            bind(id.name as string, scope, (declarator.init as AstNode | null) ?? undefined);
          else for (const name of patternNames(id)) bind(name, scope, undefined);
        }
        break;
      }
      case 'FunctionDeclaration':
        if (isNode(node.id)) bind(node.id.name as string, block, node);
        break;
    }
    if (isFunction(node)) {
      for (const parameter of node.params as AstNode[])
        for (const name of patternNames(parameter)) bind(name, node, undefined);
      for (const child of childNodes(node)) visit(child, node, node);
      return;
    }
    const inner = BLOCKS.has(node.type) ? node : block;
    for (const child of childNodes(node)) visit(child, inner, functionScope);
  };
  visit(program, program, program);
  return parsed;
}

/**
 * The file parsed once (again when it changed on disk), or undefined when it cannot be read or
 * parsed; either answer is kept, so a broken file is not parsed again for every definition.
 */
function parsedFile(file: string): ParsedFile | undefined {
  let mtimeMs: number;
  let text: string;
  try {
    mtimeMs = statSync(file).mtimeMs;
    const known = parsedFiles.get(file);
    if (known !== undefined && known.mtimeMs === mtimeMs) return known.parsed;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const { program, errors } = parseSync(file, text);
  const parsed =
    errors.length > 0 ? undefined : indexFile(file, program as unknown as AstNode, text);
  parsedFiles.set(file, { mtimeMs, parsed });
  return parsed;
}

/** The TypeScript file a relative import names (`./x.js` is `./x.ts` in the source). */
function importedFile(from: string, specifier: string): string | undefined {
  const path = resolve(dirname(from), specifier);
  const stem = path.replace(/\.(m|c)?js$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}/index.ts`, path];
  return candidates.find((candidate) => existsSync(candidate));
}

/** The value `name` stands for at `offset` of `tree`: its innermost visible declaration. */
function declaredValue(tree: ParsedFile, name: string, offset: number): Written | undefined {
  let innermost: Binding | undefined;
  for (const binding of tree.bindings.get(name) ?? []) {
    if (binding.scopeStart > offset || offset >= binding.scopeEnd) continue;
    if (innermost === undefined || binding.scopeStart >= innermost.scopeStart) innermost = binding;
  }
  if (innermost !== undefined)
    return innermost.value === undefined ? undefined : { node: innermost.value, in: tree };
  const imported = tree.imports.get(name);
  const file = imported && importedFile(tree.file, imported.specifier);
  const other = file === undefined ? undefined : parsedFile(file);
  // What a module exports is declared at its top level.
  return other && imported ? declaredValue(other, imported.name, 0) : undefined;
}

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
