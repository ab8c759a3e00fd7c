// One class per kind of emitter problem, each with its own `Symbol.for` brand so that
// `Kind.is(error)` survives two installed copies of the package. Wording lives in messages.ts.
import { NixEmitError } from './nix-emit-error.js';

function errorKind<Code extends string>(className: string, code: Code) {
  const brand = Symbol.for(`cdknix.nix.${className}`);
  abstract class Kind extends NixEmitError {
    readonly code: Code = code;
    override readonly name: string = className;
    static is<T>(this: abstract new (...parameters: never[]) => T, value: unknown): value is T {
      return typeof value === 'object' && value !== null && brand in value;
    }
  }
  Object.defineProperty(Kind.prototype, brand, { value: true });
  return Kind;
}

/** NaN or an infinity. */
export class NonFiniteNumberError extends errorKind('NonFiniteNumberError', 'non-finite-number') {}
/** A subnormal float, which the Nix 2.8 lexer cannot read back. */
export class SubnormalNumberError extends errorKind('SubnormalNumberError', 'subnormal-number') {}
/** A bigint outside the signed 64-bit range. */
export class IntegerOutOfRangeError extends errorKind(
  'IntegerOutOfRangeError',
  'integer-out-of-range',
) {}
/** A string, attribute name, comment or path containing NUL. */
export class NulCharacterError extends errorKind('NulCharacterError', 'nul-character') {}
/** Text containing a lone UTF-16 surrogate. */
export class LoneSurrogateError extends errorKind('LoneSurrogateError', 'lone-surrogate') {}
/** An object or array that contains itself. */
export class CyclicValueError extends errorKind('CyclicValueError', 'cyclic-value') {}
/** A JavaScript function where a Nix value was expected. */
export class FunctionValueError extends errorKind('FunctionValueError', 'function-value') {}
/** An object that is neither plain data nor a Nix node (a Date, a Map, a class instance). */
export class ClassInstanceError extends errorKind('ClassInstanceError', 'class-instance') {}
/** `undefined` in a list or at the root, or a symbol. */
export class UnsupportedValueError extends errorKind(
  'UnsupportedValueError',
  'unsupported-value',
) {}
/** A variable or parameter name that is not a Nix identifier. */
export class InvalidIdentifierError extends errorKind(
  'InvalidIdentifierError',
  'invalid-identifier',
) {}
/** A path(...) text that is not a path cdknix can write. */
export class InvalidPathError extends errorKind('InvalidPathError', 'invalid-path') {}
/** Module-system wrappers nested in an order the module system rejects. */
export class InvalidWrapperNestingError extends errorKind(
  'InvalidWrapperNestingError',
  'invalid-wrapper-nesting',
) {}
/** A non-integer priority given to mkOverride or mkOrder. */
export class InvalidPriorityError extends errorKind('InvalidPriorityError', 'invalid-priority') {}
/** A value that cannot be interpolated into a nix`...` string. */
export class InvalidInterpolationError extends errorKind(
  'InvalidInterpolationError',
  'invalid-interpolation',
) {}
/** A flake output that refers to a name that is neither `self` nor an input. */
export class UndefinedVariableError extends errorKind(
  'UndefinedVariableError',
  'undefined-variable',
) {}
