import { createHash } from 'node:crypto';
import { MalformedOptionError, UnreadableOptionsDocumentError } from '../errors/import-errors.js';
import type { DocumentedValue, OptionRecord, OptionsDocument } from './option-record.js';

/**
 * Reads either format that describes a set of options (see ../shared/nix-options/SOURCE.md):
 * the raw `options.json` of `nixosOptionsDoc` (an object keyed by option name) or the
 * search-index format (`{ last_update, options: [...] }`). Options come back sorted by
 * path so that everything generated from them is deterministic.
 */
export function readOptionsDocument(text: string, fileName: string): OptionsDocument {
  const parsed = parseJson(text, fileName);
  const sha256 = createHash('sha256').update(text).digest('hex');
  if (isSearchIndex(parsed)) {
    const options = parsed.options.map((item, index) =>
      readOption(item, `options[${index}]`, fileName, 'search-index'),
    );
    const lastUpdate = typeof parsed.last_update === 'string' ? parsed.last_update : undefined;
    return document(options, { fileName, format: 'search-index', sha256, lastUpdate });
  }
  if (!isRecord(parsed)) {
    throw new UnreadableOptionsDocumentError(
      fileName,
      'the top level is neither an object of options nor a search index',
    );
  }
  const options = Object.entries(parsed)
    .filter(([name]) => !name.startsWith('_module.'))
    .map(([name, item]) => readOption(item, name, fileName, 'options.json'));
  return document(options, { fileName, format: 'options.json', sha256, lastUpdate: undefined });
}

function document(
  options: OptionRecord[],
  source: Omit<OptionsDocument['source'], 'optionCount'>,
): OptionsDocument {
  const sorted = [...options].sort((left, right) => comparePaths(left.path, right.path));
  return { source: { ...source, optionCount: sorted.length }, options: sorted };
}

export function comparePaths(left: readonly string[], right: readonly string[]): number {
  const joinedLeft = left.join('\u0000');
  const joinedRight = right.join('\u0000');
  return joinedLeft < joinedRight ? -1 : joinedLeft > joinedRight ? 1 : 0;
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UnreadableOptionsDocumentError(fileName, `not JSON: ${(error as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSearchIndex(value: unknown): value is { last_update?: unknown; options: unknown[] } {
  return isRecord(value) && Array.isArray(value.options);
}

function readOption(
  item: unknown,
  name: string,
  fileName: string,
  format: 'options.json' | 'search-index',
): OptionRecord {
  const fail = (field: string, expected: string, received: unknown): never => {
    throw new MalformedOptionError(
      fileName,
      name,
      field,
      expected,
      JSON.stringify(received) ?? 'nothing',
    );
  };
  if (!isRecord(item)) return fail('(the option itself)', 'an object', item);
  const path = item.loc ?? (format === 'options.json' ? name.split('.') : undefined);
  if (
    !Array.isArray(path) ||
    path.length === 0 ||
    !path.every((segment) => typeof segment === 'string')
  ) {
    return fail('loc', 'a non-empty list of strings', item.loc);
  }
  if (typeof item.type !== 'string') return fail('type', 'a string', item.type);
  const description = item.description ?? '';
  if (typeof description !== 'string') return fail('description', 'a string', description);
  const readOnly = item.readOnly ?? false;
  if (typeof readOnly !== 'boolean') return fail('readOnly', 'true or false', readOnly);
  return {
    path,
    typeDescription: item.type,
    description,
    default: readDocumentedValue(item.default, 'default', fail),
    example: readDocumentedValue(item.example, 'example', fail),
    readOnly,
    declarations: readDeclarations(item.declarations, fail),
  };
}

type Fail = (field: string, expected: string, received: unknown) => never;

function readDocumentedValue(
  value: unknown,
  field: string,
  fail: Fail,
): DocumentedValue | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (isRecord(value) && typeof value.text === 'string') {
    if (value._type === 'literalExpression') return { kind: 'expression', text: value.text };
    if (value._type === 'literalMD') return { kind: 'markdown', text: value.text };
  }
  // A default that is plain JSON data (older nixosOptionsDoc output) is shown as JSON.
  if (!isRecord(value) || value._type === undefined)
    return { kind: 'text', text: JSON.stringify(value) };
  return fail(field, 'a string or { _type: "literalExpression" | "literalMD", text }', value);
}

function readDeclarations(value: unknown, fail: Fail): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail('declarations', 'a list', value);
  return value
    .map((declaration) => {
      if (typeof declaration === 'string') return declaration;
      if (isRecord(declaration) && typeof declaration.name === 'string') return declaration.name;
      return fail('declarations', 'strings or { name, url } objects', declaration);
    })
    .sort();
}
