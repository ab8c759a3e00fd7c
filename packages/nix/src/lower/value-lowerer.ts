import type { CallSite } from '../errors/call-site.js';
import {
  ClassInstanceError,
  CyclicValueError,
  FunctionValueError,
  IntegerOutOfRangeError,
  LoneSurrogateError,
  NonFiniteNumberError,
  NulCharacterError,
  SubnormalNumberError,
  UnsupportedValueError,
} from '../errors/emit-errors.js';
import { messages, type ProblemWording } from '../errors/messages.js';
import { combineProblems, type NixEmitError } from '../errors/nix-emit-error.js';
import type { Binding, Expression, ListElement } from '../syntax/expression.js';
import { type NumberSpelling, spellBigint, spellNumber } from '../syntax/number-literal.js';
import { findTextProblem } from '../syntax/text-validity.js';
import { isNixNode, lowerNode } from '../values/nix-node.js';
import { lowerAttributes, lowerBinding } from './lower-attributes.js';
import type { Lowerer, ProblemKind } from './lowerer.js';
import { isPlainObject } from './plain-object.js';
import { renderValuePath } from './value-path.js';

const noComments: readonly string[] = Object.freeze([]);
const nullLiteral: Expression = { kind: 'literal', text: 'null', needsParentheses: false };
const trueLiteral: Expression = { kind: 'literal', text: 'true', needsParentheses: false };
const falseLiteral: Expression = { kind: 'literal', text: 'false', needsParentheses: false };

export interface LoweringResult {
  readonly expression: Expression;
  /** Comments that no binding or list element took: they belong above the whole expression. */
  readonly comments: readonly string[];
}

/**
 * One lowering pass: turns a JS value into the syntax model, collecting every problem on the way
 * (with its value path and source) and throwing them together at the end.
 */
export class ValueLowerer implements Lowerer {
  readonly #valuePath: (string | number)[] = [];
  readonly #ancestors = new Set<object>();
  readonly #sites: CallSite[] = [];
  readonly #problems: NixEmitError[] = [];
  readonly #pendingComments: string[] = [];
  readonly #fallbackSource: string | undefined;

  constructor(fallbackSource?: string) {
    this.#fallbackSource = fallbackSource;
  }

  /** Lowers `value`, or throws the first problem found (with all of them in `problems`). */
  lowerRoot(value: unknown): LoweringResult {
    const expression = this.value(value);
    if (this.#problems.length > 0) throw combineProblems(this.#problems);
    return { expression, comments: this.#pendingComments.splice(0) };
  }

  /** Lowers the one binding `name = value;` (as in a set), or throws like `lowerRoot`. */
  lowerRootBinding(name: string, value: unknown): Binding {
    const binding = lowerBinding(this, name, value);
    if (this.#problems.length > 0) throw combineProblems(this.#problems);
    return binding;
  }

  value(value: unknown): Expression {
    switch (typeof value) {
      case 'string':
        return { kind: 'string', parts: [this.text(value, 'the string')] };
      case 'number':
        return this.#number(spellNumber(value), value);
      case 'boolean':
        return value ? trueLiteral : falseLiteral;
      case 'bigint':
        return this.#number(spellBigint(value), value);
      case 'object':
        return value === null ? nullLiteral : this.#object(value);
      case 'function':
        this.report(FunctionValueError, messages.functionValue(value.name));
        return nullLiteral;
      default:
        this.report(
          UnsupportedValueError,
          messages.unsupportedValue(typeof value === 'symbol' ? 'a symbol' : 'undefined'),
        );
        return nullLiteral;
    }
  }

  child(value: unknown, segment: string | number): Expression {
    this.#valuePath.push(segment);
    try {
      return this.value(value);
    } finally {
      this.#valuePath.pop();
    }
  }

  /** Lowers `value` (at `segment`, if given) with the comments attached inside it that no deeper binding took. */
  withComments(
    value: unknown,
    segment?: number,
  ): { expression: Expression; comments: readonly string[] } {
    const before = this.#pendingComments.length;
    const expression = segment === undefined ? this.value(value) : this.child(value, segment);
    const comments =
      this.#pendingComments.length === before ? noComments : this.#pendingComments.splice(before);
    return { expression, comments };
  }

  bindings(attributes: object): Binding[] {
    return lowerAttributes(this, attributes as Record<string, unknown>);
  }

  /** Marks `value` as being lowered, reporting a cycle if it already is; false on a cycle. */
  enter(value: object): boolean {
    if (this.#ancestors.has(value)) {
      this.report(CyclicValueError, messages.cyclicValue());
      return false;
    }
    this.#ancestors.add(value);
    return true;
  }

  leave(value: object): void {
    this.#ancestors.delete(value);
  }

  pushSegment(segment: string): void {
    this.#valuePath.push(segment);
  }

  popSegments(count: number): void {
    this.#valuePath.length -= count;
  }

  text(text: string, description: string): string {
    const problem = findTextProblem(text);
    if (problem === 'nul-character')
      this.report(NulCharacterError, messages.nulCharacter(description));
    if (problem === 'lone-surrogate')
      this.report(LoneSurrogateError, messages.loneSurrogate(description));
    return text;
  }

  report(kind: ProblemKind, wording: ProblemWording): void {
    const site = this.#sites[this.#sites.length - 1];
    const source = site?.describe() ?? this.#fallbackSource;
    this.#problems.push(new kind(wording, { valuePath: renderValuePath(this.#valuePath), source }));
  }

  comment(text: string): void {
    this.#pendingComments.push(text);
  }

  within<T>(site: CallSite, lower: () => T): T {
    this.#sites.push(site);
    try {
      return lower();
    } finally {
      this.#sites.pop();
    }
  }

  #number(spelling: NumberSpelling, value: number | bigint): Expression {
    if (spelling.ok)
      return {
        kind: 'literal',
        text: spelling.text,
        needsParentheses: spelling.text.charCodeAt(0) === 45,
      };
    if (spelling.problem === 'integer-out-of-range')
      this.report(IntegerOutOfRangeError, messages.integerOutOfRange(value as bigint));
    else if (spelling.problem === 'subnormal-number')
      this.report(SubnormalNumberError, messages.subnormalNumber(value as number));
    else this.report(NonFiniteNumberError, messages.nonFiniteNumber(value as number));
    return nullLiteral;
  }

  #object(value: object): Expression {
    if (isNixNode(value)) return value[lowerNode](this);
    if (!this.enter(value)) return nullLiteral;
    try {
      if (Array.isArray(value)) return { kind: 'list', elements: this.#elements(value) };
      if (isPlainObject(value)) return { kind: 'set', bindings: this.bindings(value) };
      this.report(
        ClassInstanceError,
        messages.classInstance(value.constructor?.name ?? 'an unknown class'),
      );
      return nullLiteral;
    } finally {
      this.leave(value);
    }
  }

  #elements(values: readonly unknown[]): ListElement[] {
    const elements: ListElement[] = new Array(values.length);
    for (let index = 0; index < values.length; index++) {
      const element = values[index];
      elements[index] = this.withComments(element, index);
    }
    return elements;
  }
}
