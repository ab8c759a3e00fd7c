import type { DocumentedValue, OptionRecord } from '../read/option-record.js';

/**
 * The TSDoc block shown on hover for an option: its Markdown description, the Nix type
 * description, the default and the example as Nix, and `@deprecated` when the description
 * says the option as a whole is deprecated (the data has no separate flag).
 */
export function renderTsdoc(option: OptionRecord, indent: string): string {
  const lines: string[] = [];
  if (option.description.trim() !== '') lines.push(...option.description.trim().split('\n'), '');
  lines.push(`Nix type: \`${option.typeDescription.replace(/`/g, "'")}\``);
  if (option.readOnly) lines.push('', 'Read-only: set by the module itself, not by users.');
  if (option.default !== undefined) lines.push(...documentedValue('@defaultValue', option.default));
  if (option.example !== undefined) lines.push(...documentedValue('@example', option.example));
  const deprecation = deprecationNote(option.description);
  if (deprecation !== undefined) lines.push(`@deprecated ${deprecation}`);
  const body = lines.map((line) => `${indent} *${line === '' ? '' : ` ${escapeComment(line)}`}`);
  return [`${indent}/**`, ...body, `${indent} */`].join('\n');
}

function documentedValue(tag: string, value: DocumentedValue): string[] {
  if (value.kind === 'markdown') return [tag, ...value.text.trim().split('\n')];
  if (!value.text.includes('\n')) return [`${tag} \`${value.text.replace(/`/g, "'")}\``];
  return [tag, '```nix', ...value.text.split('\n'), '```'];
}

/**
 * Only whole-option deprecations count: a description starting with "Deprecated", or
 * saying the option "has been deprecated". "String values are deprecated" (one form of
 * value) does not deprecate the option.
 */
export function deprecationNote(description: string): string | undefined {
  const text = description.trim();
  const starts = /^Deprecated\b[.:\s-]*(.*)/s.exec(text);
  if (starts !== null) return firstLine(starts[1]!) || 'See the description.';
  if (/\b(?:option|key) (?:is|has been) deprecated\b/i.test(text)) return firstLine(text);
  return undefined;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

function escapeComment(line: string): string {
  return line.replace(/\*\//g, '*\\/');
}
