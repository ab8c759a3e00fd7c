import { formatValuePhrases } from './format-value-phrases.js';
import { nounPhrases, numericPhrases } from './noun-phrases.js';
import type { EnumValue, TypeNode } from './type-node.js';

/**
 * Recovers a type from its description. The grammar follows how `lib.types` phrases
 * descriptions (checked against nixpkgs lib with real Nix):
 *
 *   chain := term (" or " term)* [" convertible to it"]
 *   term  := "(" chain ")" | "list of " term | "attribute set of " term | "one of " literals
 *          | "null" | noun | ...
 *
 * `list of X` binds tighter than `or`, because `lib.types` parenthesises any union inside
 * it: `list of string or string` is `(list of string) or string`, and a list of a union is
 * written `list of (string or signed integer)`. `A or B convertible to it` is
 * `coercedTo B f A`. A description that does not parse as a whole becomes `unknown`; a
 * parenthesised part that does not parse becomes `unknown` on its own, so
 * `attribute set of (Rasi literal string)` still yields a typed attribute set.
 */
export function parseTypeDescription(description: string): TypeNode {
  try {
    const parser = new DescriptionParser(description);
    const node = parser.chain();
    parser.expectEnd();
    return node;
  } catch (error) {
    if (error instanceof ParseFailure) return { kind: 'unknown', text: description };
    throw error;
  }
}

class ParseFailure extends Error {}

class DescriptionParser {
  private position = 0;

  constructor(private readonly text: string) {}

  chain(): TypeNode {
    const members = [this.term()];
    while (this.accept(' or ')) members.push(this.term());
    if (this.accept(' convertible to it')) {
      const from = members.pop()!;
      const final = members.pop();
      if (final === undefined) throw new ParseFailure();
      members.push({ kind: 'coercedTo', final, from });
    }
    return union(members);
  }

  expectEnd(): void {
    if (this.position !== this.text.length) throw new ParseFailure();
  }

  private term(): TypeNode {
    // Keyword forms first (`attribute set of` before the noun `attribute set`), and
    // parenthesised groups last (`(optionally newline-terminated) single-line string`).
    return this.composite() ?? this.phrase() ?? this.group() ?? this.fail();
  }

  private phrase(): TypeNode | undefined {
    for (const formatName of formatValuePhrases) {
      if (this.acceptWord(formatName)) return { kind: 'formatValue', formatName };
    }
    for (const [pattern, build] of numericPhrases) {
      const match = pattern.exec(this.rest());
      if (match !== null) {
        this.position += match[0].length;
        return build(match);
      }
    }
    for (const [noun, node] of nounPhrases) {
      if (this.acceptWord(noun)) return node;
    }
    return undefined;
  }

  private composite(): TypeNode | undefined {
    if (this.accept('list of ')) return listOf(this.term(), false, false);
    if (this.accept('non-empty (')) return this.wrapList(true, false);
    if (this.accept('unique (')) return this.wrapList(false, true);
    if (this.accept('attribute set of '))
      return { kind: 'attributeSetOf', element: this.term(), lazy: false };
    if (this.accept('lazy attribute set of '))
      return { kind: 'attributeSetOf', element: this.term(), lazy: true };
    if (this.accept('function that evaluates to a(n) '))
      return { kind: 'function', result: this.term() };
    if (this.accept('open submodule of ')) return { kind: 'submodule', freeform: this.term() };
    if (this.accept('one of ')) return { kind: 'enum', values: this.literals() };
    if (this.accept('value ')) return this.singularEnum();
    if (this.accept('strings concatenated with '))
      return { kind: 'separatedString', separator: this.quoted() };
    if (this.accept('string matching the pattern '))
      return { kind: 'stringMatching', pattern: this.pattern() };
    return undefined;
  }

  /** `non-empty (list of string)`, `unique (list of string)`: flags on the list inside. */
  private wrapList(nonEmpty: boolean, unique: boolean): TypeNode {
    const inner = this.chain();
    this.expect(')');
    if (inner.kind !== 'listOf') throw new ParseFailure();
    return listOf(inner.element, nonEmpty || inner.nonEmpty, unique || inner.unique);
  }

  private group(): TypeNode | undefined {
    if (this.text[this.position] !== '(') return undefined;
    const close = findClosingParenthesis(this.text, this.position);
    if (close === undefined) throw new ParseFailure();
    const inner = this.text.slice(this.position + 1, close);
    this.position = close + 1;
    return parseTypeDescription(inner);
  }

  private singularEnum(): TypeNode {
    const value = this.literal();
    this.expect(' (singular enum)');
    return { kind: 'enum', values: [value] };
  }

  private literals(): EnumValue[] {
    const values = [this.literal()];
    while (this.accept(', ')) values.push(this.literal());
    return values;
  }

  private literal(): EnumValue {
    if (this.acceptWord('<null>')) return null;
    if (this.acceptWord('true')) return true;
    if (this.acceptWord('false')) return false;
    const number = /^-?\d+(?:\.\d+)?(?![\w.])/.exec(this.rest());
    if (number !== null) {
      this.position += number[0].length;
      return Number(number[0]);
    }
    return this.quoted();
  }

  /** A double-quoted string as `lib.types` prints it (`builtins.toJSON` escapes). */
  private quoted(): string {
    const match = /^"(?:[^"\\]|\\.)*"/.exec(this.rest());
    if (match === null) throw new ParseFailure();
    this.position += match[0].length;
    return JSON.parse(match[0]) as string;
  }

  /**
   * The pattern of `strMatching` is printed raw, so it may hold spaces and parentheses.
   * It ends at the first ` or ` or unbalanced `)` outside its own parentheses.
   */
  private pattern(): string {
    let depth = 0;
    let end = this.position;
    for (; end < this.text.length; end += 1) {
      const character = this.text[end];
      if (character === '\\') end += 1;
      else if (character === '(') depth += 1;
      else if (character === ')' && depth === 0) break;
      else if (character === ')') depth -= 1;
      else if (depth === 0 && this.text.startsWith(' or ', end)) break;
    }
    const pattern = this.text.slice(this.position, end);
    if (pattern === '') throw new ParseFailure();
    this.position = end;
    return pattern;
  }

  private rest(): string {
    return this.text.slice(this.position);
  }

  private accept(token: string): boolean {
    if (!this.text.startsWith(token, this.position)) return false;
    this.position += token.length;
    return true;
  }

  /** Accepts a phrase only where a word ends: `string` must not match in `strings ...`. */
  private acceptWord(phrase: string): boolean {
    if (!this.text.startsWith(phrase, this.position)) return false;
    const next = this.text[this.position + phrase.length];
    if (next !== undefined && /[\w-]/.test(next)) return false;
    this.position += phrase.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.accept(token)) throw new ParseFailure();
  }

  private fail(): never {
    throw new ParseFailure();
  }
}

function listOf(element: TypeNode, nonEmpty: boolean, unique: boolean): TypeNode {
  return { kind: 'listOf', element, nonEmpty, unique };
}

/** Unions are flattened: `either a (either b c)` and `either (either a b) c` print alike. */
function union(members: TypeNode[]): TypeNode {
  const flat = members.flatMap((member) => (member.kind === 'union' ? member.members : [member]));
  return flat.length === 1 ? flat[0]! : { kind: 'union', members: flat };
}

function findClosingParenthesis(text: string, open: number): number | undefined {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"') {
      const string = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(index));
      if (string !== null) index += string[0].length - 1;
    } else if (character === '(') depth += 1;
    else if (character === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return undefined;
}
