// The direct path of `toNix`: plain data (null, booleans, numbers, bigints, strings, arrays,
// plain objects) is printed straight from the JS value into one text buffer, with no syntax
// model in between, in exactly the bytes the general path (lower/, then print/) gives for it.
// Nix-only nodes are handed to the general path one binding or list element at a time. A problem
// throws `fallBack`, and `toNix` starts over on the general path, which reports every problem
// with its value path and source (docs/decisions/0104).
import { ValueLowerer } from '../lower/value-lowerer.js';
import { lineWidth } from '../print/flat-layout.js';
import { printBinding, printElement } from '../print/printer.js';
import { spellIndentedString } from '../syntax/indented-string.js';
import { type ChainEnd, namesOf, spellChain } from './attribute-chain.js';
import { fallBack, maximumDepth } from './fall-back.js';
import { sortNames } from './name-order.js';
import { notPlain, type PlainFlatLayout, plainFlatLayout } from './plain-flat-layout.js';
import { isPlainArray } from './plain-shape.js';
import {
  checkText,
  isIndentedText,
  quoteText,
  spellBigintText,
  spellNumberText,
} from './plain-spelling.js';
import { TextBuffer } from './text-buffer.js';

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
  readonly #output = new TextBuffer();
  #depth = 0;
  #lowerer: ValueLowerer | undefined;
  readonly #chainEnd: ChainEnd = { value: undefined, names: undefined };

  print(value: unknown): string {
    if (typeof value === 'string') this.#output.append(this.#string(value, ''));
    else if (typeof value !== 'object' || value === null) this.#output.append(scalarText(value));
    else if (isPlainArray(value)) {
      const flat = this.#flatList(value);
      if (flat === notPlain) throw fallBack;
      this.#list(value, flat, '', 0);
    } else {
      const names = namesOf(value);
      if (names === undefined) throw fallBack;
      this.#set(value as Record<string, unknown>, names, '');
    }
    return this.#output.text();
  }

  /** A set in its own position: `{ }`, or expanded with one binding per line. */
  #set(attributes: Record<string, unknown>, names: string[], indentation: string): void {
    if (names.length === 0) {
      this.#output.append('{ }');
      return;
    }
    this.#enter();
    const inner = indentation + step;
    this.#output.append('{');
    for (const name of sortNames(names)) this.#binding(name, attributes[name], inner);
    this.#output.append(`\n${indentation}}`);
    this.#depth--;
  }

  /** The one-line form a list of at most one element may take (see plain-flat-layout.ts). */
  #flatList(values: readonly unknown[]): PlainFlatLayout {
    return values.length <= 1 ? plainFlatLayout(values, this.#depth) : undefined;
  }

  /** A list after `prefixWidth` columns: `flat` when there is one and it fits, else one element per line. */
  #list(
    values: readonly unknown[],
    flat: string | undefined,
    indentation: string,
    prefixWidth: number,
  ): void {
    if (flat !== undefined && prefixWidth + flat.length + 1 <= lineWidth) {
      this.#output.append(flat);
      return;
    }
    this.#enter();
    const inner = indentation + step;
    this.#output.append('[');
    for (let index = 0; index < values.length; index++) this.#element(values[index], inner);
    this.#output.append(`\n${indentation}]`);
    this.#depth--;
  }

  /** A line break, then `name = value;` (or `a.b.c = value;` for a chain). */
  #binding(name: string, value: unknown, indentation: string): void {
    const left = spellChain(name, value, this.#chainEnd);
    const end = this.#chainEnd.value;
    const names = this.#chainEnd.names;
    if (typeof end === 'string') {
      this.#output.append(`\n${indentation}${left} = ${this.#string(end, indentation)};`);
    } else if (typeof end !== 'object' || end === null) {
      if (isScalar(end)) this.#output.append(`\n${indentation}${left} = ${scalarText(end)};`);
      else this.#delegateBinding(name, value, indentation);
    } else if (names !== undefined) {
      this.#output.append(`\n${indentation}${left} = `);
      this.#set(end as Record<string, unknown>, names, indentation);
      this.#output.append(';');
    } else {
      const flat = isPlainArray(end) ? this.#flatList(end) : notPlain;
      if (flat === notPlain) this.#delegateBinding(name, value, indentation);
      else {
        this.#output.append(`\n${indentation}${left} = `);
        this.#list(end as readonly unknown[], flat, indentation, left.length + 4);
        this.#output.append(';');
      }
    }
  }

  /** A line break, then one list element (in parentheses when it is a negative number). */
  #element(value: unknown, indentation: string): void {
    if (typeof value === 'string') {
      this.#output.append(`\n${indentation}${this.#string(value, indentation)}`);
    } else if (typeof value !== 'object' || value === null) {
      const text = isScalar(value) ? scalarText(value) : undefined;
      if (text === undefined) this.#delegateElement(value, indentation);
      // Only a number literal can start with `-`; `[ -1 ]` would not parse.
      else if (text.charCodeAt(0) === 45) this.#output.append(`\n${indentation}(${text})`);
      else this.#output.append(`\n${indentation}${text}`);
    } else if (isPlainArray(value)) {
      const flat = this.#flatList(value);
      if (flat === notPlain) this.#delegateElement(value, indentation);
      else {
        this.#output.append(`\n${indentation}`);
        this.#list(value, flat, indentation, 0);
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
    if (names === undefined || flat === notPlain) this.#delegateElement(value, indentation);
    else if (flat !== undefined && flat.length <= lineWidth) {
      this.#output.append(`\n${indentation}${flat}`);
    } else {
      this.#output.append(`\n${indentation}`);
      this.#set(value as Record<string, unknown>, names, indentation);
    }
  }

  /** `"…"`, or `''…''` (its lines indented under `indentation`) for text with line breaks. */
  #string(text: string, indentation: string): string {
    if (!isIndentedText(text)) return quoteText(text);
    checkText(text);
    return spellIndentedString([text], indentation, noInterpolation);
  }

  #delegateBinding(name: string, value: unknown, indentation: string): void {
    const binding = this.#generalLowerer().lowerRootBinding(name, value);
    this.#output.append(`\n${printBinding(binding, indentation)}`);
  }

  #delegateElement(value: unknown, indentation: string): void {
    const element = this.#generalLowerer().lowerRoot(value);
    this.#output.append(`\n${printElement(element, indentation)}`);
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
