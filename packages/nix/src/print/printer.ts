// The one printer: syntax model in, nixfmt-style (RFC 166) text out. Every function returns
// text whose first line starts at the current column and whose later lines carry their own
// indentation, given as `indentation` (the indentation of the line the text starts on).
import { spellAttributePath } from '../syntax/attribute-name.js';
import type { ApplyExpression, Binding, Expression, LambdaExpression, LetExpression, ListExpression, SetExpression, StringExpression } from '../syntax/expression.js';
import { canBeIndented, spellIndentedString } from '../syntax/indented-string.js';
import { asTerm, flatLayout, isTerm, lineWidth, openedBody, spellDoubleQuoted } from './flat-layout.js';
import { printComments } from './comments.js';

const step = '  ';

/** An expression in a position of its own: a file body, a function body, inside parentheses. */
export function printExpression(expression: Expression, indentation: string): string {
  switch (expression.kind) {
    case 'string':
      return printString(expression, indentation);
    case 'set':
      return printSet(expression, indentation);
    case 'list':
      return printList(expression, indentation, 0);
    case 'apply':
      return printApply(expression, indentation, 0);
    case 'lambda':
      return printLambda(expression, indentation);
    case 'let':
      return printLet(expression, indentation);
    default:
      return flatLayout(expression) ?? (expression.kind === 'raw' ? expression.text : '');
  }
}

function printString(expression: StringExpression, indentation: string): string {
  const spellInterpolation = (part: Expression) => flatLayout(part) ?? printExpression(part, indentation);
  if (canBeIndented(expression.parts)) return spellIndentedString(expression.parts, indentation, spellInterpolation);
  return spellDoubleQuoted(expression.parts, spellInterpolation);
}

/** A non-empty set is always expanded here: one binding per line (nixfmt keeps sets it is given expanded). */
function printSet(expression: SetExpression, indentation: string): string {
  if (expression.bindings.length === 0) return '{ }';
  const inner = indentation + step;
  let text = '{';
  for (const binding of expression.bindings) text += `\n${printBinding(binding, inner)}`;
  return `${text}\n${indentation}}`;
}

/** A whole binding line (or lines), starting with its own indentation. */
export function printBinding(binding: Binding, indentation: string): string {
  const comments = printComments(binding.comments, indentation);
  if (binding.kind === 'inherit') return `${comments}${indentation}inherit ${binding.name};`;
  const left = spellAttributePath(binding.path);
  return `${comments}${indentation}${left} =${printRightHandSide(binding.value, indentation, left.length + 3)};`;
}

/** The text after `name =`, with its leading space or line break (nixfmt's absorbRHS). */
function printRightHandSide(value: Expression, indentation: string, prefixWidth: number): string {
  switch (value.kind) {
    case 'set':
      return ` ${printSet(value, indentation)}`;
    case 'list':
      return ` ${printList(value, indentation, prefixWidth + 1)}`;
    case 'string':
      return ` ${printString(value, indentation)}`;
    case 'apply':
      return ` ${printApply(value, indentation, prefixWidth + 1)}`;
    case 'lambda':
      if (value.parameter.kind === 'identifier') return ` ${printLambda(value, indentation)}`;
      return `\n${indentation}${step}${printLambda(value, indentation + step)}`;
    case 'let':
      return `\n${indentation}${step}${printLet(value, indentation + step)}`;
    default: {
      const text = printExpression(value, indentation);
      const fits = prefixWidth + text.length + 1 <= lineWidth || value.kind === 'literal';
      return fits ? ` ${text}` : `\n${indentation}${step}${text}`;
    }
  }
}

function printList(expression: ListExpression, indentation: string, prefixWidth: number): string {
  const flat = flatLayout(expression);
  if (flat !== undefined && prefixWidth + flat.length + 1 <= lineWidth) return flat;
  const inner = indentation + step;
  let text = '[';
  for (const element of expression.elements) {
    text += `\n${printComments(element.comments, inner)}${inner}${printElement(element.expression, inner)}`;
  }
  return `${text}\n${indentation}]`;
}

/** A list element or function argument: parenthesised unless it is a term. */
function printElement(expression: Expression, indentation: string): string {
  if (isTerm(expression)) {
    if (expression.kind !== 'set') return printExpression(expression, indentation);
    const flat = flatLayout(expression);
    return flat !== undefined && flat.length <= lineWidth ? flat : printSet(expression, indentation);
  }
  const flat = flatLayout(expression);
  if (flat !== undefined && flat.length + 2 <= lineWidth) return `(${flat})`;
  if (expression.kind === 'apply') return `(${printApply(expression, indentation, 1)})`;
  return `(${printExpression(expression, indentation)})`;
}

/**
 * `f a b` on one line when it fits; otherwise everything but the last argument stays on the
 * first line and the last argument is expanded: `lib.mkMerge [`…`]`, `lib.mkIf c {`…`}`, and
 * for a parenthesised last argument `lib.mkForce (`, the inner expression indented, `)`.
 */
function printApply(expression: ApplyExpression, indentation: string, prefixWidth: number): string {
  const flat = flatLayout(expression);
  if (flat !== undefined && prefixWidth + flat.length + 1 <= lineWidth) return flat;
  const { function: functionExpression, arguments: argumentExpressions } = expression;
  let text = asTerm(functionExpression, printExpression(functionExpression, indentation));
  const last = argumentExpressions.length - 1;
  argumentExpressions.forEach((argument, index) => {
    text += ` ${index === last ? printLastArgument(argument, indentation, prefixWidth + text.length + 1) : printElement(argument, indentation)}`;
  });
  return text;
}

function printLastArgument(argument: Expression, indentation: string, prefixWidth: number): string {
  if (argument.kind === 'list') return printList(argument, indentation, prefixWidth);
  if (isTerm(argument)) return printExpression(argument, indentation);
  const opened = openedBody(argument);
  if (opened !== undefined) return `(${opened.head} ${printSet(opened.body, indentation)})`;
  const flat = flatLayout(argument);
  if (flat !== undefined && prefixWidth + flat.length + 2 <= lineWidth) return `(${flat})`;
  const inner = indentation + step;
  return `(\n${inner}${printExpression(argument, inner)}\n${indentation})`;
}

/** `a: b: body` keeps an absorbable body on its line; `{ … }:` puts the body on the next line. */
function printLambda(expression: LambdaExpression, indentation: string): string {
  if (expression.parameter.kind === 'pattern') {
    const { names, ellipsis } = expression.parameter;
    return `${printPattern(names, ellipsis, indentation)}:\n${indentation}${printExpression(expression.body, indentation)}`;
  }
  let text = `${expression.parameter.name}:`;
  let body = expression.body;
  while (body.kind === 'lambda' && body.parameter.kind === 'identifier') {
    text += ` ${body.parameter.name}:`;
    body = body.body;
  }
  const flat = flatLayout(body);
  const absorbs = body.kind === 'set' || body.kind === 'list' || body.kind === 'string' || (flat !== undefined && text.length + flat.length < lineWidth);
  return absorbs ? `${text} ${printExpression(body, indentation)}` : `${text}\n${indentation}${printExpression(body, indentation)}`;
}

/** `{ lib, ... }` on one line for at most two names; otherwise one name per line, `...` last. */
export function printPattern(names: readonly string[], ellipsis: boolean, indentation: string): string {
  const items = ellipsis ? [...names, '...'] : [...names];
  if (items.length === 0) return '{ }';
  if (names.length <= 2) return `{ ${items.join(', ')} }`;
  const inner = indentation + step;
  const lines = items.map((item) => `${inner}${item}${item === '...' ? '' : ','}`);
  return `{\n${lines.join('\n')}\n${indentation}}`;
}

/** `let` is always expanded; the body follows `in` on its own line, not indented. */
function printLet(expression: LetExpression, indentation: string): string {
  const inner = indentation + step;
  const bindings = expression.bindings.map((binding) => printBinding(binding, inner)).join('\n');
  return `let\n${bindings}\n${indentation}in\n${indentation}${printExpression(expression.body, indentation)}`;
}
