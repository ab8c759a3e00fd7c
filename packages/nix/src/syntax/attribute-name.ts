import { spellStringText } from './string-literal.js';

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_'-]*$/;

/**
 * Words that cannot stand bare as an attribute name or a variable. `or` is accepted bare by
 * Nix 2.8 in some places but is contextual, so it is always quoted too (EMISSION.md §A.3).
 */
const keywords = new Set([
  'if',
  'then',
  'else',
  'assert',
  'with',
  'let',
  'in',
  'rec',
  'inherit',
  'or',
]);

/** True when `name` can be written bare: as a variable, a parameter or an attribute name. */
export function isIdentifier(name: string): boolean {
  return identifierPattern.test(name) && !keywords.has(name);
}

const spelledNames = new Map<string, string>();

/**
 * An attribute name as Nix source: bare when it is an identifier (`enable`, `a-b`, `x'`),
 * otherwise a quoted string with the string escapes (`"1password"`, `"example.org"`, `"if"`,
 * `"a\${b"`). The same rule spells each segment of a selection (`pkgs."1password"`).
 */
export function spellAttributeName(name: string): string {
  let spelled = spelledNames.get(name);
  if (spelled === undefined) {
    spelled = isIdentifier(name) ? name : `"${spellStringText(name, false)}"`;
    if (spelledNames.size < 50_000) spelledNames.set(name, spelled);
  }
  return spelled;
}

/** A dotted attribute path as written on the left of `=`: `services.nginx.virtualHosts."a.b"`. */
export function spellAttributePath(path: readonly string[]): string {
  let text = spellAttributeName(path[0] ?? '');
  for (let index = 1; index < path.length; index++)
    text += `.${spellAttributeName(path[index] ?? '')}`;
  return text;
}
