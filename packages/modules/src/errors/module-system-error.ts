/** The error kinds, named as the conformance corpus classifies Nix's errors. */
export type ErrorKind =
  | 'infinite-recursion'
  | 'unknown-option'
  | 'type'
  | 'conflict'
  | 'not-unique'
  | 'no-value'
  | 'read-only'
  | 'class'
  | 'declaration'
  | 'not-attrs'
  | 'condition'
  | 'missing'
  | 'eager-config-read'
  | 'not-a-module';

const ERROR_BRAND = Symbol.for('cdknix.modules.ModuleSystemError');

/**
 * Base of every evaluator error. Checks use the `Symbol.for` brand (`ModuleSystemError.is`)
 * rather than `instanceof`, which fails when the package is installed twice.
 */
export abstract class ModuleSystemError extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    /** The option path (or value path) the error is about. */
    readonly path: readonly string[],
    message: string,
  ) {
    super(message);
    Object.defineProperty(this, ERROR_BRAND, { value: true });
  }

  static is(value: unknown): value is ModuleSystemError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[ERROR_BRAND] === true
    );
  }
}
