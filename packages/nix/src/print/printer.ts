// The one printer: syntax model in, nixfmt-style (RFC 166) text out. Text is appended to one
// array of pieces joined once at the end (building nested strings made the garbage collector
// the main cost). `indentation` is the indentation of the line the current piece starts on.
import { spellAttributePath } from '../syntax/attribute-name.js';
import type {
  ApplyExpression,
  Binding,
  Expression,
  LambdaExpression,
  LetExpression,
  ListElement,
  ListExpression,
  SetExpression,
  StringExpression,
} from '../syntax/expression.js';
import { canBeIndented, spellIndentedString } from '../syntax/indented-string.js';
import { printComments } from './comments.js';
import {
  asTerm,
  flatLayout,
  isTerm,
  lineWidth,
  openedBody,
  spellDoubleQuoted,
} from './flat-layout.js';

const step = '  ';
type Output = string[];

/** The text of an expression in a position of its own (a file body, a function body). */
export function printExpression(expression: Expression, indentation: string): string {
  const output: Output = [];
  writeExpression(expression, indentation, output);
  return output.join('');
}

function writeExpression(expression: Expression, indentation: string, output: Output): void {
  switch (expression.kind) {
    case 'string':
      writeString(expression, indentation, output);
      return;
    case 'set':
      writeSet(expression, indentation, output);
      return;
    case 'list':
      writeList(expression, indentation, 0, output);
      return;
    case 'apply':
      writeApply(expression, indentation, 0, output);
      return;
    case 'lambda':
      writeLambda(expression, indentation, output);
      return;
    case 'let':
      writeLet(expression, indentation, output);
      return;
    default:
      output.push(flatLayout(expression) ?? (expression.kind === 'raw' ? expression.text : ''));
  }
}

function writeString(expression: StringExpression, indentation: string, output: Output): void {
  const parts = expression.parts;
  if (parts.length === 1 && typeof parts[0] === 'string' && !parts[0].includes('\n')) {
    output.push(spellDoubleQuoted(parts, flatLayout as (expression: Expression) => string));
    return;
  }
  const spellInterpolation = (part: Expression) =>
    flatLayout(part) ?? printExpression(part, indentation);
  output.push(
    canBeIndented(parts)
      ? spellIndentedString(parts, indentation, spellInterpolation)
      : spellDoubleQuoted(parts, spellInterpolation),
  );
}

/** A non-empty set is always expanded here: one binding per line (nixfmt keeps sets it is given expanded). */
function writeSet(expression: SetExpression, indentation: string, output: Output): void {
  if (expression.bindings.length === 0) {
    output.push('{ }');
    return;
  }
  const inner = indentation + step;
  output.push('{');
  for (const binding of expression.bindings) {
    output.push('\n');
    writeBinding(binding, inner, output);
  }
  output.push(`\n${indentation}}`);
}

/** A whole binding line (or lines), starting with its own indentation. */
export function printBinding(binding: Binding, indentation: string): string {
  const output: Output = [];
  writeBinding(binding, indentation, output);
  return output.join('');
}

function writeBinding(binding: Binding, indentation: string, output: Output): void {
  if (binding.comments.length > 0) output.push(printComments(binding.comments, indentation));
  if (binding.kind === 'inherit') {
    output.push(indentation, 'inherit ', binding.name, ';');
    return;
  }
  const left = spellAttributePath(binding.path);
  const value = binding.value;
  if (value.kind === 'literal') {
    output.push(`${indentation}${left} = ${value.text};`);
    return;
  }
  if (
    value.kind === 'string' &&
    value.parts.length === 1 &&
    typeof value.parts[0] === 'string' &&
    !value.parts[0].includes('\n')
  ) {
    output.push(
      `${indentation}${left} = ${spellDoubleQuoted(value.parts, flatLayout as (expression: Expression) => string)};`,
    );
    return;
  }
  output.push(indentation, left, ' =');
  writeRightHandSide(value, indentation, left.length + 3, output);
  output.push(';');
}

/** The text after `name =`, with its leading space or line break (nixfmt's absorbRHS). */
function writeRightHandSide(
  value: Expression,
  indentation: string,
  prefixWidth: number,
  output: Output,
): void {
  switch (value.kind) {
    case 'literal':
      output.push(' ', value.text);
      return;
    case 'set':
      output.push(' ');
      writeSet(value, indentation, output);
      return;
    case 'list':
      output.push(' ');
      writeList(value, indentation, prefixWidth + 1, output);
      return;
    case 'string':
      output.push(' ');
      writeString(value, indentation, output);
      return;
    case 'apply':
      output.push(' ');
      writeApply(value, indentation, prefixWidth + 1, output);
      return;
    case 'lambda':
      if (value.parameter.kind === 'identifier') {
        output.push(' ');
        writeLambda(value, indentation, output);
        return;
      }
      output.push('\n', indentation, step);
      writeLambda(value, indentation + step, output);
      return;
    case 'let':
      output.push('\n', indentation, step);
      writeLet(value, indentation + step, output);
      return;
    default: {
      const text = flatLayout(value) ?? printExpression(value, indentation);
      if (prefixWidth + text.length + 1 <= lineWidth) output.push(' ', text);
      else output.push('\n', indentation, step, text);
    }
  }
}

function writeList(
  expression: ListExpression,
  indentation: string,
  prefixWidth: number,
  output: Output,
): void {
  if (expression.elements.length <= 1) {
    const flat = flatLayout(expression);
    if (flat !== undefined && prefixWidth + flat.length + 1 <= lineWidth) {
      output.push(flat);
      return;
    }
  }
  const inner = indentation + step;
  output.push('[');
  for (const element of expression.elements) {
    output.push('\n');
    writeElementLine(element, inner, output);
  }
  output.push('\n', indentation, ']');
}

/** A whole list element line (or lines): its comments, its indentation, the element. */
export function printElement(element: ListElement, indentation: string): string {
  const output: Output = [];
  writeElementLine(element, indentation, output);
  return output.join('');
}

function writeElementLine(element: ListElement, indentation: string, output: Output): void {
  if (element.comments.length > 0) output.push(printComments(element.comments, indentation));
  output.push(indentation);
  writeElement(element.expression, indentation, output);
}

/** A list element or function argument: parenthesised unless it is a term. */
function writeElement(expression: Expression, indentation: string, output: Output): void {
  if (isTerm(expression)) {
    const flat = expression.kind === 'set' ? flatLayout(expression) : undefined;
    if (flat !== undefined && flat.length <= lineWidth) output.push(flat);
    else writeExpression(expression, indentation, output);
    return;
  }
  const flat = flatLayout(expression);
  if (flat !== undefined && flat.length + 2 <= lineWidth) {
    output.push('(', flat, ')');
    return;
  }
  output.push('(');
  if (expression.kind === 'apply') writeApply(expression, indentation, 1, output);
  else writeExpression(expression, indentation, output);
  output.push(')');
}

/**
 * `f a b` on one line when it fits; otherwise everything but the last argument stays on the
 * first line and the last argument is expanded: `lib.mkMerge [`…`]`, `lib.mkIf c {`…`}`, and
 * for a parenthesised last argument `lib.mkForce (`, the inner expression indented, `)`.
 */
function writeApply(
  expression: ApplyExpression,
  indentation: string,
  prefixWidth: number,
  output: Output,
): void {
  const flat = flatLayout(expression);
  if (flat !== undefined && prefixWidth + flat.length + 1 <= lineWidth) {
    output.push(flat);
    return;
  }
  const { function: functionExpression, arguments: argumentExpressions } = expression;
  const head: Output = [
    asTerm(functionExpression, printExpression(functionExpression, indentation)),
  ];
  const last = argumentExpressions.length - 1;
  argumentExpressions.forEach((argument, index) => {
    head.push(' ');
    if (index < last) writeElement(argument, indentation, head);
  });
  const headText = head.join('');
  output.push(headText);
  const lastArgument = argumentExpressions[last];
  if (lastArgument !== undefined)
    writeLastArgument(lastArgument, indentation, prefixWidth + headText.length, output);
}

function writeLastArgument(
  argument: Expression,
  indentation: string,
  prefixWidth: number,
  output: Output,
): void {
  if (argument.kind === 'list' || isTerm(argument)) {
    if (argument.kind === 'list') writeList(argument, indentation, prefixWidth, output);
    else writeExpression(argument, indentation, output);
    return;
  }
  const opened = openedBody(argument);
  if (opened !== undefined) {
    output.push('(', opened.head, ' ');
    writeSet(opened.body, indentation, output);
    output.push(')');
    return;
  }
  const flat = flatLayout(argument);
  if (flat !== undefined && prefixWidth + flat.length + 2 <= lineWidth) {
    output.push('(', flat, ')');
    return;
  }
  const inner = indentation + step;
  output.push('(\n', inner);
  writeExpression(argument, inner, output);
  output.push('\n', indentation, ')');
}

/** `a: b: body` keeps an absorbable body on its line; `{ … }:` puts the body on the next line. */
function writeLambda(expression: LambdaExpression, indentation: string, output: Output): void {
  if (expression.parameter.kind === 'pattern') {
    const { names, ellipsis } = expression.parameter;
    output.push(printPattern(names, ellipsis, indentation), ':\n', indentation);
    writeExpression(expression.body, indentation, output);
    return;
  }
  let head = `${expression.parameter.name}:`;
  let body = expression.body;
  while (body.kind === 'lambda' && body.parameter.kind === 'identifier') {
    head += ` ${body.parameter.name}:`;
    body = body.body;
  }
  const flat = flatLayout(body);
  const absorbs =
    body.kind === 'set' ||
    body.kind === 'list' ||
    body.kind === 'string' ||
    (flat !== undefined && head.length + flat.length < lineWidth);
  output.push(head, absorbs ? ' ' : `\n${indentation}`);
  writeExpression(body, indentation, output);
}

/** `{ lib, ... }` on one line for at most two names; otherwise one name per line, `...` last. */
export function printPattern(
  names: readonly string[],
  ellipsis: boolean,
  indentation: string,
): string {
  const items = ellipsis ? [...names, '...'] : [...names];
  if (items.length === 0) return '{ }';
  if (names.length <= 2) return `{ ${items.join(', ')} }`;
  const inner = indentation + step;
  const lines = items.map((item) => `${inner}${item}${item === '...' ? '' : ','}`);
  return `{\n${lines.join('\n')}\n${indentation}}`;
}

/** `let` is always expanded; the body follows `in` on its own line, not indented. */
function writeLet(expression: LetExpression, indentation: string, output: Output): void {
  const inner = indentation + step;
  output.push('let');
  for (const binding of expression.bindings) {
    output.push('\n');
    writeBinding(binding, inner, output);
  }
  output.push('\n', indentation, 'in\n', indentation);
  writeExpression(expression.body, indentation, output);
}
