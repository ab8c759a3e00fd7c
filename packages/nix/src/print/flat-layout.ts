// The one-line form of an expression, when it has one. Sets with two or more bindings, lists
// with two or more elements, indented strings, comments, `let` and set-pattern functions are
// always written over several lines (nixfmt's hard line breaks), so they have none.
import { spellAttributePath } from '../syntax/attribute-name.js';
import type { Binding, Expression, SetExpression, StringPart } from '../syntax/expression.js';
import { canBeIndented } from '../syntax/indented-string.js';
import { spellStringText } from '../syntax/string-literal.js';

/** nixfmt's soft line limit; indentation does not count against it. */
export const lineWidth = 100;

const simpleRawTerm = /^[A-Za-z_][A-Za-z0-9_'-]*(\.[A-Za-z_][A-Za-z0-9_'-]*)*$/;

/**
 * Whether an expression may stand as a list element or a function argument without
 * parentheses (a "term" in Nix's grammar). `[ lib.mkDefault 1 ]` is a list of two elements.
 */
export function isTerm(expression: Expression): boolean {
  switch (expression.kind) {
    case 'literal':
      return !expression.needsParentheses;
    case 'raw':
      return simpleRawTerm.test(expression.text);
    case 'apply':
    case 'lambda':
    case 'let':
      return false;
    default:
      return true;
  }
}

/** `text` in parentheses unless the expression is a term. */
export function asTerm(expression: Expression, text: string): string {
  return isTerm(expression) ? text : `(${text})`;
}

export function flatLayout(expression: Expression): string | undefined {
  switch (expression.kind) {
    case 'literal':
    case 'identifier':
      return expression.kind === 'literal' ? expression.text : expression.name;
    case 'raw':
      return expression.text.includes('\n') ? undefined : expression.text;
    case 'select':
      return flatSelect(expression.subject, expression.segments);
    case 'string':
      return canBeIndented(expression.parts) ? undefined : flatString(expression.parts);
    case 'set':
      return expression.bindings.length === 0 ? '{ }' : flatSingleton(expression.bindings);
    case 'list':
      return flatList(expression.elements);
    case 'apply':
      return flatApply(expression.function, expression.arguments);
    case 'lambda':
      return expression.parameter.kind === 'identifier'
        ? flatLambdaBody(expression.parameter.name, expression.body)
        : undefined;
    case 'let':
      return undefined;
  }
}

function flatSelect(subject: Expression, segments: readonly string[]): string | undefined {
  const subjectText = flatLayout(subject);
  return subjectText === undefined
    ? undefined
    : `${asTerm(subject, subjectText)}.${spellAttributePath(segments)}`;
}

function flatSingleton(bindings: readonly Binding[]): string | undefined {
  const [binding] = bindings;
  if (bindings.length !== 1 || binding === undefined || binding.comments.length > 0)
    return undefined;
  if (binding.kind === 'inherit') return `{ inherit ${binding.name}; }`;
  const value = flatLayout(binding.value);
  return value === undefined ? undefined : `{ ${spellAttributePath(binding.path)} = ${value}; }`;
}

function flatList(
  elements: readonly { comments: readonly string[]; expression: Expression }[],
): string | undefined {
  const [element] = elements;
  if (element === undefined) return '[ ]';
  if (elements.length !== 1 || element.comments.length > 0) return undefined;
  const text = flatLayout(element.expression);
  return text === undefined ? undefined : `[ ${asTerm(element.expression, text)} ]`;
}

/**
 * The body of a parenthesised last argument that nixfmt always opens: `f (old: {`…`})` and
 * `f (g {`…`})`, where the set is written expanded even when it would fit on one line.
 */
export function openedBody(
  argument: Expression,
): { head: string; body: SetExpression } | undefined {
  if (argument.kind === 'lambda' && argument.parameter.kind === 'identifier') {
    let head = `${argument.parameter.name}:`;
    let body = argument.body;
    while (body.kind === 'lambda' && body.parameter.kind === 'identifier') {
      head += ` ${body.parameter.name}:`;
      body = body.body;
    }
    return body.kind === 'set' && body.bindings.length > 0 ? { head, body } : undefined;
  }
  if (
    argument.kind === 'apply' &&
    argument.function.kind === 'identifier' &&
    argument.arguments.length === 1
  ) {
    const [body] = argument.arguments;
    return body?.kind === 'set' && body.bindings.length > 0
      ? { head: argument.function.name, body }
      : undefined;
  }
  return undefined;
}

function flatApply(
  functionExpression: Expression,
  argumentExpressions: readonly Expression[],
): string | undefined {
  const last = argumentExpressions[argumentExpressions.length - 1];
  if (last !== undefined && openedBody(last) !== undefined) return undefined;
  const functionText = flatLayout(functionExpression);
  if (functionText === undefined) return undefined;
  let text = asTerm(functionExpression, functionText);
  for (const argument of argumentExpressions) {
    const argumentText = flatLayout(argument);
    if (argumentText === undefined) return undefined;
    text += ` ${asTerm(argument, argumentText)}`;
  }
  return text;
}

function flatLambdaBody(name: string, body: Expression): string | undefined {
  const bodyText = flatLayout(body);
  return bodyText === undefined ? undefined : `${name}: ${bodyText}`;
}

function flatString(parts: readonly StringPart[]): string | undefined {
  for (const part of parts)
    if (typeof part === 'object' && flatLayout(part) === undefined) return undefined;
  return spellDoubleQuoted(parts, (expression) => flatLayout(expression) ?? '');
}

/** A `"…"` string, its interpolated expressions spelled by `spellInterpolation`. */
export function spellDoubleQuoted(
  parts: readonly StringPart[],
  spellInterpolation: (expression: Expression) => string,
): string {
  if (parts.length === 1 && typeof parts[0] === 'string')
    return `"${spellStringText(parts[0], false)}"`;
  let text = '"';
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as StringPart;
    if (typeof part === 'string')
      text += spellStringText(part, typeof parts[index + 1] === 'object');
    else text += `\${${spellInterpolation(part)}}`;
  }
  return `${text}"`;
}
