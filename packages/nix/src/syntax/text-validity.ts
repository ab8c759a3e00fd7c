/** Why a JS string cannot become Nix text, if it cannot. */
export type TextProblem = 'nul-character' | 'lone-surrogate';

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Nix strings are C strings (a NUL ends them) and UTF-8 (a lone UTF-16 surrogate has no
 * encoding: Node would silently write U+FFFD). Both would change the value, so both are refused.
 */
const suspicious = /[\0\ud800-\udfff]/;

export function findTextProblem(text: string): TextProblem | undefined {
  if (!suspicious.test(text)) return undefined;
  if (text.includes('\0')) return 'nul-character';
  if (loneSurrogate.test(text)) return 'lone-surrogate';
  return undefined;
}
