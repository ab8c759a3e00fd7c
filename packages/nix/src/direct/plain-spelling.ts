// Leaf values and attribute names as Nix text, for the direct printer: the same spellings as
// syntax/, with the common case (nothing to escape, nothing to refuse) decided by one regex test.
// A value Nix cannot hold throws `fallBack`, so the general path reports it.
import { spellAttributeName } from '../syntax/attribute-name.js';
import { spellBigint, spellNumber } from '../syntax/number-literal.js';
import { spellStringText } from '../syntax/string-literal.js';
import { findTextProblem } from '../syntax/text-validity.js';
import { fallBack } from './fall-back.js';

/** Characters that need an escape (`\`, `"`, LF, CR, TAB, `${`) or a validity check (NUL, surrogates). */
const needsCare = /[\0\\"\n\r\t\ud800-\udfff]|\$\{/;

/** A `"…"` string holding `text`. */
export function quoteText(text: string): string {
  if (!needsCare.test(text)) return `"${text}"`;
  if (findTextProblem(text) !== undefined) throw fallBack;
  return `"${spellStringText(text, false)}"`;
}

/** True for text written as an indented string `''…''`: it has a line break and no CR. */
export function isIndentedText(text: string): boolean {
  return text.includes('\n') && !text.includes('\r');
}

/** Throws `fallBack` unless Nix can hold `text` (for texts spelled by the general spellers). */
export function checkText(text: string): void {
  if (findTextProblem(text) !== undefined) throw fallBack;
}

const checkedNames = new Map<string, string>();
const cachedNameLimit = 50_000;

/** An attribute name as Nix source (`enable`, `"example.org"`), checked once and then cached. */
export function spellName(name: string): string {
  const cached = checkedNames.get(name);
  if (cached !== undefined) return cached;
  checkText(name);
  const spelled = spellAttributeName(name);
  if (checkedNames.size < cachedNameLimit) checkedNames.set(name, spelled);
  return spelled;
}

/** A number literal: `42`, `0` for `-0`, `0.5`, `1.0e+21`. */
export function spellNumberText(value: number): string {
  if (Number.isSafeInteger(value)) return value === 0 ? '0' : String(value);
  const spelling = spellNumber(value);
  if (!spelling.ok) throw fallBack;
  return spelling.text;
}

export function spellBigintText(value: bigint): string {
  const spelling = spellBigint(value);
  if (!spelling.ok) throw fallBack;
  return spelling.text;
}
