// Number literals (EMISSION.md §A.4). Nix has signed 64-bit ints and doubles; a float literal
// must contain a dot; there is no literal for -2^63, NaN, the infinities or subnormals.

const minimumInteger = -(2n ** 63n);
const maximumInteger = 2n ** 63n - 1n;
const smallestNormal = 2.2250738585072014e-308;
/** -2^63 has no literal (`-9223372036854775808` is minus a too-large positive literal). */
const minimumIntegerExpression = '(-9223372036854775807 - 1)';

export type NumberSpelling =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly problem: 'non-finite-number' | 'subnormal-number' | 'integer-out-of-range';
    };

/**
 * A JS number as a Nix literal. Integral numbers in the int64 range become ints, printed in full
 * (`2 ** 60` is `1152921504606846976`, never `1.15e18`); others become floats printed with the
 * shortest text that reads back to the same double, with `.0` added where Nix needs a dot
 * (`1e+21` is written `1.0e+21`). `-0` is written `0`.
 */
export function spellNumber(value: number): NumberSpelling {
  if (Number.isSafeInteger(value)) return { ok: true, text: value === 0 ? '0' : String(value) };
  if (!Number.isFinite(value)) return { ok: false, problem: 'non-finite-number' };
  if (Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63)
    return spellBigint(BigInt(value));
  if (Math.abs(value) < smallestNormal) return { ok: false, problem: 'subnormal-number' };
  return { ok: true, text: spellFloat(value) };
}

function spellFloat(value: number): string {
  const text = String(value);
  if (text.includes('.')) return text;
  const exponent = text.indexOf('e');
  return exponent === -1 ? `${text}.0` : `${text.slice(0, exponent)}.0${text.slice(exponent)}`;
}

/** A bigint as a Nix int; only the signed 64-bit range exists in Nix. */
export function spellBigint(value: bigint): NumberSpelling {
  if (value < minimumInteger || value > maximumInteger)
    return { ok: false, problem: 'integer-out-of-range' };
  return { ok: true, text: value === minimumInteger ? minimumIntegerExpression : value.toString() };
}

/** `-1` must be parenthesised as a list element or argument (`[ -1 ]` is a syntax error). */
export function isNegativeLiteral(text: string): boolean {
  return text.startsWith('-');
}
