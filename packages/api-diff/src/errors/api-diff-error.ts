const brand = Symbol.for('@cdknix/api-diff.ApiDiffError');

/**
 * A failure the user can fix (a package that does not load, a baseline that is not JSON, a
 * changeset without frontmatter, a registry that does not answer): the message says what,
 * where, and the fix. The CLI prints it without a stack trace.
 */
export class ApiDiffError extends Error {
  readonly [brand] = true;

  constructor(
    readonly what: string,
    readonly where: string,
    readonly fix: string,
  ) {
    super(`${where}: ${what}\nfix: ${fix}`);
    this.name = 'ApiDiffError';
  }

  static is(value: unknown): value is ApiDiffError {
    return typeof value === 'object' && value !== null && brand in value;
  }
}
