import { messages } from './messages.js';

/**
 * The importer's failures as data. Each kind is its own class, recognised by a
 * `Symbol.for` brand (`UnreadableOptionsDocumentError.is(error)`), not by `instanceof`,
 * so the check survives two installed copies of this package.
 */
const brand = Symbol.for('@cdknix/import/error');

abstract class ImportError extends Error {
  readonly [brand] = true;
  abstract readonly code: string;

  static isImportError(value: unknown): value is ImportError {
    return typeof value === 'object' && value !== null && brand in value;
  }
}

function hasCode(value: unknown, code: string): boolean {
  return ImportError.isImportError(value) && value.code === code;
}

export class UnreadableOptionsDocumentError extends ImportError {
  readonly code = 'unreadable-options-document';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(messages.unreadableDocument(file, reason));
  }
  static is(value: unknown): value is UnreadableOptionsDocumentError {
    return hasCode(value, 'unreadable-options-document');
  }
}

export class MalformedOptionError extends ImportError {
  readonly code = 'malformed-option';
  constructor(
    readonly file: string,
    readonly optionName: string,
    readonly field: string,
    readonly expected: string,
    readonly received: string,
  ) {
    super(messages.malformedOption(file, optionName, field, expected, received));
  }
  static is(value: unknown): value is MalformedOptionError {
    return hasCode(value, 'malformed-option');
  }
}

export class PrefixMatchesNothingError extends ImportError {
  readonly code = 'prefix-matches-nothing';
  constructor(
    readonly file: string,
    readonly prefix: string,
    readonly suggestion: string | undefined,
  ) {
    super(messages.prefixMatchesNothing(file, prefix, suggestion));
  }
  static is(value: unknown): value is PrefixMatchesNothingError {
    return hasCode(value, 'prefix-matches-nothing');
  }
}

export class ImportUsageError extends ImportError {
  readonly code = 'import-usage';
  static is(value: unknown): value is ImportUsageError {
    return hasCode(value, 'import-usage');
  }
}

export { ImportError };
