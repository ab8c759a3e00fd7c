// Indented strings `''…''` (EMISSION.md §A.2). Nix strips the smallest indentation of the lines
// with content, drops a whitespace-only first and last line, and has its own escapes:
// `'''` for `''`, `''$` for `$`, `''\x` for x. This speller makes the text read back exactly.
import type { Expression, StringPart } from './expression.js';

/** `''…''` is used only for text that has a line break and no CR (a CRLF would be kept raw). */
export function canBeIndented(parts: readonly StringPart[]): boolean {
  let hasLineBreak = false;
  for (const part of parts) {
    if (typeof part !== 'string') continue;
    if (part.includes('\r')) return false;
    if (part.includes('\n')) hasLineBreak = true;
  }
  return hasLineBreak;
}

type Line = StringPart[];

/**
 * The whole `''…''` literal, its content lines indented by `indentation` + 2 spaces, the closing
 * `''` on its own line (at `indentation`) exactly when the text ends with a line break.
 * Example: "a\n  b\n" at indentation "" gives `''\n  a\n    b\n''`.
 */
export function spellIndentedString(
  parts: readonly StringPart[],
  indentation: string,
  spellInterpolation: (expression: Expression) => string,
): string {
  const lines = splitLines(parts);
  const escaped = lines.map((line, lineIndex) =>
    spellLine(line, lineIndex === lines.length - 1, spellInterpolation),
  );
  protectIndentation(lines, escaped);
  const contentIndentation = `${indentation}  `;
  let text = "''\n";
  for (let index = 0; index < escaped.length; index++) {
    const line = escaped[index] ?? '';
    const isLast = index === escaped.length - 1;
    if (isLast) text += line === '' ? `${indentation}''` : `${contentIndentation}${line}''`;
    else text += line === '' ? '\n' : `${contentIndentation}${line}\n`;
  }
  return text;
}

function splitLines(parts: readonly StringPart[]): Line[] {
  const lines: Line[] = [[]];
  for (const part of parts) {
    if (typeof part !== 'string') {
      lines[lines.length - 1]?.push(part);
      continue;
    }
    const pieces = part.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]?.push(piece);
    });
  }
  return lines;
}

function spellLine(
  line: Line,
  isLastLine: boolean,
  spellInterpolation: (expression: Expression) => string,
): string {
  let text = '';
  line.forEach((part, index) => {
    if (typeof part !== 'string') {
      text += `\${${spellInterpolation(part)}}`;
      return;
    }
    const followedByInterpolation = index < line.length - 1;
    text += escapeText(part, followedByInterpolation, isLastLine && index === line.length - 1);
  });
  return text;
}

/**
 * Escapes one run of literal text. A content `'` directly before anything written with a leading
 * `''` (an escaped `${`, an escaped `$`, the closing `''`) must itself be written `''\'`, or the
 * quotes would merge into `'''`.
 */
function escapeText(text: string, followedByInterpolation: boolean, endsString: boolean): string {
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    const next = text[index + 1];
    if (character === "'" && next === "'") {
      escaped += "'''";
      index++;
    } else if (character === "'") {
      escaped += escapeFollows(text, index + 1, followedByInterpolation, endsString)
        ? "''\\'"
        : "'";
    } else if (character === '$' && next === '{') {
      escaped += "''${";
      index++;
    } else if (character === '$' && index === text.length - 1 && followedByInterpolation) {
      escaped += "''$"; // `$${x}` would be the literal text `$${x}`
    } else {
      escaped += character;
    }
  }
  return escaped;
}

function escapeFollows(
  text: string,
  from: number,
  followedByInterpolation: boolean,
  endsString: boolean,
): boolean {
  if (from === text.length) return endsString;
  if (text.startsWith('${', from)) return true;
  return followedByInterpolation && from === text.length - 1 && text[from] === '$';
}

const isSpacesOnly = (line: Line): boolean => line.length === 1 && /^ +$/.test(line[0] as string);
// Only spaces are indentation: a tab is content (EMISSION.md §A.2).
const hasContent = (line: Line): boolean =>
  line.some((part) => typeof part !== 'string' || /[^ ]/.test(part));
const startsWithSpace = (line: Line): boolean =>
  typeof line[0] === 'string' && line[0].startsWith(' ');

/**
 * Nix would strip indentation shared by every content line, and drop a last line of spaces. An
 * escaped space `''\ ` counts as content, so escaping one space keeps the text exactly.
 */
function protectIndentation(lines: readonly Line[], escaped: string[]): void {
  const contentLines = lines
    .map((line, index) => (hasContent(line) ? index : -1))
    .filter((index) => index >= 0);
  const allIndented =
    contentLines.length > 0 && contentLines.every((index) => startsWithSpace(lines[index] ?? []));
  const firstToProtect = allIndented
    ? contentLines[0]
    : contentLines.length === 0
      ? lines.findIndex((line) => startsWithSpace(line))
      : -1;
  const last = lines.length - 1;
  for (const index of new Set([
    firstToProtect ?? -1,
    isSpacesOnly(lines[last] ?? []) ? last : -1,
  ])) {
    if (index >= 0) escaped[index] = `''\\ ${(escaped[index] ?? '').slice(1)}`;
  }
}
