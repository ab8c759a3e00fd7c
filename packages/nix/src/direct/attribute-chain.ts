import { fallBack, maximumDepth } from './fall-back.js';
import { definedNamesOf } from './plain-shape.js';
import { spellName } from './plain-spelling.js';

/**
 * Where a chain of one-attribute objects ends: the value, and its defined names when it is a
 * plain object (then never exactly one). Filled in by `spellChain`; one instance is reused so a
 * binding costs no allocation. Read it right after the call: the next call overwrites it.
 */
export interface ChainEnd {
  value: unknown;
  names: string[] | undefined;
}

/**
 * The left side of the binding `name = value;` with the chain of one-attribute plain objects
 * collapsed, as lower-attributes.ts does: `{ programs: { git: { enable: true } } }` gives
 * `programs.git.enable` and ends at `true`.
 */
export function spellChain(name: string, value: unknown, end: ChainEnd): string {
  let left = spellName(name);
  let current = value;
  let names = namesOf(current);
  for (let steps = 0; names !== undefined && names.length === 1; steps++) {
    if (steps > maximumDepth) throw fallBack;
    const only = names[0] as string;
    left += `.${spellName(only)}`;
    current = (current as Record<string, unknown>)[only];
    names = namesOf(current);
  }
  end.value = current;
  end.names = names;
  return left;
}

/** The defined names of a plain object, else undefined (scalars, arrays, nodes, instances). */
export function namesOf(value: unknown): string[] | undefined {
  return typeof value === 'object' && value !== null ? definedNamesOf(value) : undefined;
}
