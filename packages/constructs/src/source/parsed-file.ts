import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseSync } from 'oxc-parser';
import { packageEntry } from './package-entry.js';

/**
 * A TypeScript file as `propertyLine` reads it: parsed once (again when it changes on disk),
 * with its calls by line, the names it declares in each scope, what it imports and what it
 * exports.
 */

/** A node of the ESTree-shaped tree oxc-parser gives. */
export interface AstNode {
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

export interface ParsedFile {
  readonly file: string;
  /** Offsets at which each line starts (line 1 at index 0). */
  readonly lineStarts: number[];
  /** Calls by the line they are made on. */
  readonly callsByLine: Map<number, AstNode[]>;
  /** Every declared name, in every scope. */
  readonly bindings: Map<string, Binding[]>;
  /** Local names imported: the specifier and the name exported there (`default` included). */
  readonly imports: Map<string, Imported>;
  /** Names exported under another name or from another file (`export { a as b }`, `export { c } from`). */
  readonly exports: Map<string, { readonly local: string } | Imported>;
  /** Specifiers of `export * from`: names not found otherwise are looked up there, in order. */
  readonly exportsAll: string[];
  /** The value of `export default`. */
  defaultExport: AstNode | undefined;
}

interface Imported {
  readonly specifier: string;
  readonly name: string;
}

/** A node and the file it is written in. */
export interface Written {
  readonly node: AstNode;
  readonly in: ParsedFile;
}

/** Each file as last read, by path: a file that does not parse is kept as undefined too. */
const parsedFiles = new Map<string, { mtimeMs: number; parsed: ParsedFile | undefined }>();

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

export function childNodes(node: AstNode): AstNode[] {
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
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

export const isFunction = (node: AstNode) =>
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

/** Indexes a program: its calls by line, its declared names by scope, its imports and exports. */
function indexFile(file: string, program: AstNode, text: string): ParsedFile {
  const parsed: ParsedFile = {
    file,
    lineStarts: lineStartsOf(text),
    callsByLine: new Map(),
    bindings: new Map(),
    imports: new Map(),
    exports: new Map(),
    exportsAll: [],
    defaultExport: undefined,
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
        if (node.importKind === 'type') return;
        for (const imported of node.specifiers as AstNode[]) {
          if (imported.importKind === 'type') continue;
          const local = (imported.local as AstNode).name as string;
          if (imported.type === 'ImportSpecifier')
            parsed.imports.set(local, { specifier, name: nameOf(imported.imported as AstNode) });
          else if (imported.type === 'ImportDefaultSpecifier')
            parsed.imports.set(local, { specifier, name: 'default' });
        }
        return;
      }
      case 'ExportNamedDeclaration': {
        if (node.exportKind === 'type') return;
        const source = node.source as AstNode | null;
        for (const exported of node.specifiers as AstNode[]) {
          if (exported.exportKind === 'type') continue;
          const local = nameOf(exported.local as AstNode);
          parsed.exports.set(
            nameOf(exported.exported as AstNode),
            source === null ? { local } : { specifier: source.value as string, name: local },
          );
        }
        break;
      }
      case 'ExportAllDeclaration':
        if (node.exportKind !== 'type' && node.exported === null)
          parsed.exportsAll.push((node.source as AstNode).value as string);
        return;
      case 'ExportDefaultDeclaration':
        parsed.defaultExport = node.declaration as AstNode;
        break;
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
export function parsedFile(file: string): ParsedFile | undefined {
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

/** An identifier's name, or a string literal's value (`export { a as "b" }`). */
function nameOf(node: AstNode): string {
  return (node.name ?? node.value) as string;
}

/**
 * The source file an import names: a relative path (`./x.js` is `./x.ts` in the source), or a
 * package, resolved as Node does (`packageEntry`) and read as its TypeScript source when that
 * sits beside the entry.
 */
function importedFile(from: string, specifier: string): string | undefined {
  const isPath = specifier.startsWith('.') || specifier.startsWith('/');
  const path = isPath ? resolve(dirname(from), specifier) : packageEntry(from, specifier);
  if (path === undefined) return undefined;
  const stem = path.replace(/\.(m|c)?js$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}/index.ts`, path];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The value `name` stands for at `offset` of `tree`: its innermost visible declaration. */
export function declaredValue(
  tree: ParsedFile,
  name: string,
  offset: number,
  seen: Set<string> = new Set(),
): Written | undefined {
  let innermost: Binding | undefined;
  for (const binding of tree.bindings.get(name) ?? []) {
    if (binding.scopeStart > offset || offset >= binding.scopeEnd) continue;
    if (innermost === undefined || binding.scopeStart >= innermost.scopeStart) innermost = binding;
  }
  if (innermost !== undefined)
    return innermost.value === undefined ? undefined : { node: innermost.value, in: tree };
  const imported = tree.imports.get(name);
  return imported === undefined ? undefined : importedValue(tree, imported, seen);
}

/** The value another file exports under `imported.name`. */
function importedValue(
  from: ParsedFile,
  imported: Imported,
  seen: Set<string>,
): Written | undefined {
  const file = importedFile(from.file, imported.specifier);
  const other = file === undefined ? undefined : parsedFile(file);
  return other === undefined ? undefined : exportedValue(other, imported.name, seen);
}

/**
 * The value `tree` exports as `name`: declared at its top level, renamed (`export { a as b }`),
 * passed on from another file (`export { b } from`, `export * from`) or its default export.
 * `seen` ends cycles of re-exports.
 */
function exportedValue(tree: ParsedFile, name: string, seen: Set<string>): Written | undefined {
  const key = `${tree.file}\u0000${name}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  if (name === 'default' && tree.defaultExport !== undefined) {
    const value = tree.defaultExport;
    return value.type === 'Identifier'
      ? declaredValue(tree, value.name as string, 0, seen)
      : { node: value, in: tree };
  }
  const exported = tree.exports.get(name);
  if (exported !== undefined) {
    return 'local' in exported
      ? declaredValue(tree, exported.local, 0, seen)
      : importedValue(tree, exported, seen);
  }
  // What a module exports is declared at its top level.
  const declared = declaredValue(tree, name, 0, seen);
  if (declared !== undefined) return declared;
  for (const specifier of tree.exportsAll) {
    const found = importedValue(tree, { specifier, name }, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}
