// The direct path of `toNix`: plain data (null, booleans, numbers, bigints, strings, arrays,
// plain objects) is printed straight from the JS value into one string, with no syntax model in
// between, in exactly the bytes the general path (lower/, then print/) gives for it. Nix-only
// nodes are handed to the general path one binding or list element at a time. A problem throws
// `fallBack`, and `toNix` starts over on the general path, which reports every problem with its
// value path and source (docs/decisions/0104).
import { ValueLowerer } from '../lower/value-lowerer.js';
import { lineWidth } from '../print/flat-layout.js';
import { printBinding, printElement } from '../print/printer.js';
import { compareAttributeNames } from '../syntax/attribute-order.js';
import { spellIndentedString } from '../syntax/indented-string.js';
import { type ChainEnd, namesOf, spellChain } from './attribute-chain.js';
import { fallBack, maximumDepth } from './fall-back.js';
import { notPlain, type PlainFlatLayout, plainFlatLayout } from './plain-flat-layout.js';
import { isPlainArray } from './plain-shape.js';
import {
  checkText,
  isIndentedText,
  quoteText,
  spellBigintText,
  spellNumberText,
} from './plain-spelling.js';

const step = '  ';
const noInterpolation = (): string => '';

/**
 * `value` printed as `toNix` prints it, or undefined when the general path must print it (a
 * problem to report, a Nix node at the top, nesting deeper than `maximumDepth`).
 */
export function printDirect(value: unknown): string | undefined {
  try {
    return new DirectPrinter().print(value);
  } catch {
    // fallBack, or a problem the general path found in a delegated node: the general path
    // prints (or reports) the whole value again, so every error names its full value path.
    return undefined;
  }
}

class DirectPrinter {
  #text = '';
  #depth = 0;
  #lowerer: ValueLowerer | undefined;
  readonly #chainEnd: ChainEnd = { value: undefined, names: undefined };

  print(value: unknown): string {
    if (typeof value === 'object' && value !== null) {
      const names = namesOf(value);
      if (names !== undefined) this.#set(value as Record<string, unknown>, names, '');
      else if (!isPlainArray(value) || !this.#list(value, '', 0)) throw fallBack;
    } else if (typeof value === 'string') this.#text += this.#string(value, '');
    else this.#text += scalarText(value);
    return this.#text;
  }

  /** A set in its own position: `{ }`, or expanded with one binding per line. */
  #set(attributes: Record<string, unknown>, names: string[], indentation: string): void {
    if (names.length === 0) {
      this.#text += '{ }';
      return;
    }
    this.#enter();
    if (names.length > 1) names.sort(compareAttributeNames);
    const inner = indentation + step;
    this.#text += '{';
    for (const name of names) {
      this.#text += '\n';
      this.#binding(name, attributes[name], inner);
    }
    this.#text += `\n${indentation}}`;
    this.#depth--;
  }

  /**
   * A list after `prefixWidth` columns: one line when it has at most one element and fits,
   * otherwise one element per line. False, with nothing written, when a short list holds a node.
   */
  #list(values: readonly unknown[], indentation: string, prefixWidth: number): boolean {
    const flat: PlainFlatLayout =
      values.length <= 1 ? plainFlatLayout(values, this.#depth) : undefined;
    if (flat === notPlain) return false;
    if (flat !== undefined && prefixWidth + flat.length + 1 <= lineWidth) {
      this.#text += flat;
      return true;
    }
    this.#enter();
    const inner = indentation + step;
    this.#text += '[';
    for (let index = 0; index < values.length; index++) {
      this.#text += '\n';
      this.#element(values[index], inner);
    }
    this.#text += `\n${indentation}]`;
    this.#depth--;
    return true;
  }

  /** `name = value;` (or `a.b.c = value;` for a chain), starting with its indentation. */
  #binding(name: string, value: unknown, indentation: string): void {
    const left = spellChain(name, value, this.#chainEnd);
    const end = this.#chainEnd.value;
    const names = this.#chainEnd.names;
    const head = `${indentation}${left} = `;
    if (typeof end === 'string') {
      this.#text += `${head}${this.#string(end, indentation)};`;
    } else if (typeof end !== 'object' || end === null) {
      if (isScalar(end)) this.#text += `${head}${scalarText(end)};`;
      else this.#delegateBinding(name, value, indentation);
    } else if (names !== undefined) {
      this.#text += head;
      this.#set(end as Record<string, unknown>, names, indentation);
      this.#text += ';';
    } else {
      const before = this.#text;
      this.#text += head;
      if (isPlainArray(end) && this.#list(end, indentation, left.length + 4)) this.#text += ';';
      else {
        this.#text = before;
        this.#delegateBinding(name, value, indentation);
      }
    }
  }

  /** One list element (parenthesised when it is a negative number), starting with its indentation. */
  #element(value: unknown, indentation: string): void {
    if (typeof value === 'string') {
      this.#text += indentation + this.#string(value, indentation);
    } else if (typeof value !== 'object' || value === null) {
      const text = isScalar(value) ? scalarText(value) : undefined;
      if (text === undefined) this.#delegateElement(value, indentation);
      // Only a number literal can start with `-`; `[ -1 ]` would not parse.
      else this.#text += text.charCodeAt(0) === 45 ? `${indentation}(${text})` : indentation + text;
    } else if (isPlainArray(value)) {
      const before = this.#text;
      this.#text += indentation;
      if (!this.#list(value, indentation, 0)) {
        this.#text = before;
        this.#delegateElement(value, indentation);
      }
    } else this.#setElement(value, indentation);
  }

  /** A set as a list element: on one line when it has one (and fits), else expanded. */
  #setElement(value: object, indentation: string): void {
    const names = namesOf(value);
    const flat: PlainFlatLayout =
      names === undefined
        ? notPlain
        : names.length <= 1
          ? plainFlatLayout(value, this.#depth)
          : undefined;
    if (names === undefined || flat === notPlain) {
      this.#delegateElement(value, indentation);
      return;
    }
    if (flat !== undefined && flat.length <= lineWidth) {
      this.#text += indentation + flat;
      return;
    }
    this.#text += indentation;
    this.#set(value as Record<string, unknown>, names, indentation);
  }

  /** `"…"`, or `''…''` (its lines indented under `indentation`) for text with line breaks. */
  #string(text: string, indentation: string): string {
    if (!isIndentedText(text)) return quoteText(text);
    checkText(text);
    return spellIndentedString([text], indentation, noInterpolation);
  }

  #delegateBinding(name: string, value: unknown, indentation: string): void {
    const binding = this.#generalLowerer().lowerRootBinding(name, value);
    this.#text += printBinding(binding, indentation);
  }

  #delegateElement(value: unknown, indentation: string): void {
    this.#text += printElement(this.#generalLowerer().lowerRoot(value), indentation);
  }

  #generalLowerer(): ValueLowerer {
    this.#lowerer ??= new ValueLowerer();
    return this.#lowerer;
  }

  #enter(): void {
    this.#depth++;
    if (this.#depth > maximumDepth) throw fallBack;
  }
}

type Scalar = null | boolean | number | bigint;

function isScalar(value: unknown): value is Scalar {
  const type = typeof value;
  return value === null || type === 'boolean' || type === 'number' || type === 'bigint';
}

function scalarText(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return spellNumberText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return spellBigintText(value);
    default:
      if (value === null) return 'null';
      throw fallBack;
  }
}
