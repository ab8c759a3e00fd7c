// The one-line form of a plain value, exactly as print/flat-layout.ts gives it for the lowered
// value: needed only for lists of at most one element and for sets standing as list elements.
import { type ChainEnd, namesOf, spellChain } from './attribute-chain.js';
import { fallBack, maximumDepth } from './fall-back.js';
import { isPlainArray } from './plain-shape.js';
import { isIndentedText, quoteText, spellBigintText, spellNumberText } from './plain-spelling.js';

/** Returned when the value holds something only the general path prints (a node, an instance). */
export const notPlain: unique symbol = Symbol('notPlain');

/** The one-line text; undefined when the value has none (it is always expanded); or notPlain. */
export type PlainFlatLayout = string | undefined | typeof notPlain;

const chainEnd: ChainEnd = { value: undefined, names: undefined };

export function plainFlatLayout(value: unknown, depth = 0): PlainFlatLayout {
  if (depth > maximumDepth) throw fallBack;
  switch (typeof value) {
    case 'string':
      return isIndentedText(value) ? undefined : quoteText(value);
    case 'number':
      return spellNumberText(value);
    case 'bigint':
      return spellBigintText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (isPlainArray(value)) return flatList(value, depth);
      const names = namesOf(value);
      return names === undefined
        ? notPlain
        : flatSet(value as Record<string, unknown>, names, depth);
    }
    default:
      return notPlain;
  }
}

/** `[ ]`, `[ x ]` (`[ (-1) ]` for a negative number), or none for two elements or more. */
function flatList(values: readonly unknown[], depth: number): PlainFlatLayout {
  if (values.length === 0) return '[ ]';
  if (values.length > 1) return undefined;
  const element = values[0];
  if (element === undefined) return notPlain;
  const text = plainFlatLayout(element, depth + 1);
  if (typeof text !== 'string') return text;
  // Only a number literal can start with `-`; it is not a term, so it takes parentheses.
  return text.charCodeAt(0) === 45 ? `[ (${text}) ]` : `[ ${text} ]`;
}

/** `{ }`, `{ a.b = x; }` for one (collapsed) binding, or none for two bindings or more. */
function flatSet(
  attributes: Record<string, unknown>,
  names: readonly string[],
  depth: number,
): PlainFlatLayout {
  if (names.length === 0) return '{ }';
  if (names.length > 1) return undefined;
  const name = names[0] as string;
  const left = spellChain(name, attributes[name], chainEnd);
  const end = chainEnd.value;
  const text = plainFlatLayout(end, depth + 1);
  return typeof text === 'string' ? `{ ${left} = ${text}; }` : text;
}
