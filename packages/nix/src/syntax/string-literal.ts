// Double-quoted Nix strings (EMISSION.md §A.1). `\`, `"` and `${` must be escaped; LF, CR and
// TAB are written `\n`, `\r`, `\t` (a literal CR would be read back as LF). Everything else,
// including other control characters and non-ASCII, is written as itself.

const needsEscape = /[\\"\n\r\t]|\$\{/;
const escapable = /[\\"\n\r\t]|\$\{/g;
const escapes: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '${': '\\${',
};

/**
 * The text between the quotes of a `"…"` string for the literal `text`.
 * When an interpolation follows, a final `$` is written `\$`: `$${x}` would be the literal
 * text `$${x}` in Nix, not a `$` followed by the value of x.
 */
export function spellStringText(text: string, followedByInterpolation: boolean): string {
  const escaped = needsEscape.test(text)
    ? text.replace(escapable, (match) => escapes[match] ?? match)
    : text;
  return followedByInterpolation && escaped.endsWith('$') ? `${escaped.slice(0, -1)}\\$` : escaped;
}
