import { readFileSync, statSync } from 'node:fs';
import { parseSync } from 'oxc-parser';
import type { CallSite } from './call-site.js';

/**
 * JavaScript gives no line for the properties of an object literal: a stack frame names only
 * the call (`defineHost({` or `nixosPart(() => ({`). This reads the line of the property that
 * defines an option from the source file itself, so that errors and provenance comments point
 * at `enable: 'yes',` rather than at the call around it.
 */

/** A node of the ESTree-shaped tree oxc-parser gives. */
interface AstNode {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

interface ParsedFile {
  /** Offsets at which each line starts (line 1 at index 0). */
  lineStarts: number[];
  /** Calls by the line they are made on. */
  callsByLine: Map<number, AstNode[]>;
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

/** The calls of a parsed program by line, with its line starts. */
function indexCalls(program: AstNode, text: string): ParsedFile {
  const lineStarts = lineStartsOf(text);
  const callsByLine = new Map<number, AstNode[]>();
  const pending: AstNode[] = [program];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'CallExpression') {
      // A stack frame names the line of the call's opening parenthesis (its callee's end).
      const line = lineAt(lineStarts, (node.callee as AstNode).end);
      const calls = callsByLine.get(line);
      if (calls === undefined) callsByLine.set(line, [node]);
      else calls.push(node);
    }
    pending.push(...childNodes(node));
  }
  return { lineStarts, callsByLine };
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
  const parsed = errors.length > 0 ? undefined : indexCalls(program as unknown as AstNode, text);
  parsedFiles.set(file, { mtimeMs, parsed });
  return parsed;
}

const WRAPPERS = new Set([
  'ParenthesizedExpression',
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
]);

/** The `return` values of a function body, nested functions excluded. */
function returnedValues(node: AstNode): AstNode[] {
  if (node.type === 'ReturnStatement') return isNode(node.argument) ? [node.argument] : [];
  if (node.type.includes('Function')) return [];
  return childNodes(node).flatMap(returnedValues);
}

/**
 * The object literals a value may stand for: itself, what a function returns, the contents of
 * `mkIf`, `mkMerge`, `mkDefault` ... (every argument of a call), and the elements of a list.
 */
function objectsOf(node: AstNode): AstNode[] {
  if (WRAPPERS.has(node.type)) return objectsOf(node.expression as AstNode);
  switch (node.type) {
    case 'ObjectExpression':
      return [node];
    case 'ArrowFunctionExpression':
    case 'FunctionExpression': {
      const body = node.body as AstNode;
      return body.type === 'BlockStatement'
        ? childNodes(body).flatMap(returnedValues).flatMap(objectsOf)
        : objectsOf(body);
    }
    case 'CallExpression':
      return (node.arguments as AstNode[]).flatMap(objectsOf);
    case 'ArrayExpression':
      return (node.elements as (AstNode | null)[]).filter(isNode).flatMap(objectsOf);
    default:
      return [];
  }
}

function keyName(property: AstNode): string | undefined {
  if (property.type !== 'Property') return undefined;
  const key = property.key as AstNode;
  if (!property.computed && key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

function propertyNamed(objects: readonly AstNode[], name: string): AstNode | undefined {
  for (const object of objects) {
    for (const property of object.properties as AstNode[])
      if (keyName(property) === name) return property;
  }
  return undefined;
}

/** The objects under `config` (a module in full form holds its definitions there). */
function configObjects(objects: readonly AstNode[]): AstNode[] {
  const config = propertyNamed(objects, 'config');
  return config === undefined ? [] : objectsOf(config.value as AstNode);
}

/** Where the definitions sit inside the call's first argument. */
export interface LiteralRoot {
  /** A property of the argument (`settings`, `homeManager`); the argument itself when absent. */
  readonly property?: string;
}

/**
 * The line of the property that defines `path` in the object literal written at `site`, as
 * deep as the literal goes (a value computed elsewhere ends the search at its property), or
 * undefined when no property of the path is written there (or the file cannot be read).
 */
export function propertyLine(
  site: CallSite,
  root: LiteralRoot,
  path: readonly string[],
): number | undefined {
  const parsed = parsedFile(site.file);
  // The outermost call on the line: `nixosPart(() => ({ a: mkIf(c, {` is the `nixosPart` one.
  const call = parsed?.callsByLine
    .get(site.line)
    ?.reduce((outer, inner) => (inner.start < outer.start ? inner : outer));
  if (parsed === undefined || call === undefined) return undefined;
  const [argument] = call.arguments as AstNode[];
  if (argument === undefined) return undefined;
  let objects = objectsOf(argument);
  if (root.property !== undefined) {
    const property = propertyNamed(objects, root.property);
    objects = property === undefined ? [] : objectsOf(property.value as AstNode);
  }
  let line: number | undefined;
  for (const name of path) {
    const property = propertyNamed(objects, name) ?? propertyNamed(configObjects(objects), name);
    if (property === undefined) break;
    line = lineAt(parsed.lineStarts, property.start);
    objects = objectsOf(property.value as AstNode);
  }
  return line;
}
