// Double-quoted Nix strings (EMISSION.md §A.1). `\`, `"` and `${` must be escaped; LF, CR and
// TAB are written `\n`, `\r`, `\t` (a literal CR would be read back as LF). Everything else,
// including other control characters and non-ASCII, is written as itself.

const needsEscape = /[\\"\n\r\t]|\$\{/;

/**
 * The text between the quotes of a `"…"` string for the literal `text`.
 * When an interpolation follows, a final `$` is written `\$`: `$${x}` would be the literal
 * text `$${x}` in Nix, not a `$` followed by the value of x.
 */
export function spellStringText(text: string, followedByInterpolation: boolean): string {
  const escaped = needsEscape.test(text) ? escapeText(text) : text;
  return followedByInterpolation && escaped.endsWith('$') ? `${escaped.slice(0, -1)}\\$` : escaped;
}

/** One pass over the text copying the runs between escapes (a regex with a replacer function was the slowest part). */
function escapeText(text: string): string {
  let escaped = '';
  let runStart = 0;
  for (let index = 0; index < text.length; index++) {
    const replacement = escapeAt(text, index);
    if (replacement === undefined) continue;
    escaped += text.slice(runStart, index) + replacement;
    if (replacement === '\\${') index++;
    runStart = index + 1;
  }
  return escaped + text.slice(runStart);
}

function escapeAt(text: string, index: number): string | undefined {
  switch (text.charCodeAt(index)) {
    case 0x5c:
      return '\\\\';
    case 0x22:
      return '\\"';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x24:
      return text.charCodeAt(index + 1) === 0x7b ? '\\${' : undefined;
    default:
      return undefined;
  }
}
