import type { DocumentedValue } from '../read/option-record.js';

/**
 * The JavaScript source of a documented default, when the Nix text is a plain literal
 * (`false`, `null`, `42`, `"vim"`, `[ ]`, `{ }`, `[ "a" "b" ]`, `[ 22 ]`). Anything else (an expression
 * such as `pkgs.git`, or prose) stays in the TSDoc only: the evaluator then has no
 * default for the option, as if it were declared without one.
 * The search-index format flattens defaults to text, and shows some expressions quoted
 * (`"config.accounts.email.certificatesFile"`), so strings are taken only from real
 * `literalExpression` defaults.
 */
export function literalDefault(value: DocumentedValue | undefined): string | undefined {
  if (value === undefined || value.kind === 'markdown') return undefined;
  const text = value.text.trim();
  if (/^(?:true|false|null)$/.test(text)) return text;
  if (/^-?\d+(?:\.\d+)?$/.test(text) && Number.isSafeInteger(Math.trunc(Number(text)))) return text;
  if (/^\{\s*\}$/.test(text)) return '{}';
  const integers = /^\[((?:\s*-?\d+)+)\s*\]$/.exec(text)?.[1]?.trim().split(/\s+/).map(Number);
  if (integers?.every(Number.isSafeInteger)) return `[${integers.join(', ')}]`;
  if (value.kind === 'text') return undefined;
  const strings = /^\[((?:\s*"(?:[^"\\$]|\\.|\$(?!\{))*")*)\s*\]$/.exec(text);
  if (strings !== null) {
    const elements = strings[1]!.match(/"(?:[^"\\$]|\\.|\$(?!\{))*"/g) ?? [];
    return `[${elements.map(nixStringToJavaScript).join(', ')}]`;
  }
  if (/^"(?:[^"\\$]|\\.|\$(?!\{))*"$/.test(text)) return nixStringToJavaScript(text);
  return undefined;
}

/** Nix `"..."` escapes are `\"`, `\\`, `\n`, `\r`, `\t`, `\${`; any other `\c` is `c`. */
function nixStringToJavaScript(quoted: string): string {
  const body = quoted.slice(1, -1).replace(/\\(.)/gs, (_, character: string) => {
    const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
    return escapes[character] ?? character;
  });
  return JSON.stringify(body);
}
