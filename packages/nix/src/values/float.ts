import type { Lowerer } from '../lower/lowerer.js';
import type { Expression } from '../syntax/expression.js';
import { spellNumber } from '../syntax/number-literal.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';

/** The mark the module evaluator reads to accept a whole-number float for `types.float`. */
const floatMark = Symbol.for('cdknix.float');

/**
 * A Nix float whose value is a whole number: `float(0)` is written `0.0`. JavaScript has no
 * `0.0` distinct from `0`, and Nix's `types.float` rejects the int `0`, so a float option set to
 * a whole number needs this. Other floats (`0.5`) are plain numbers.
 */
export class NixFloat implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly [floatMark] = true as const;
  readonly value: number;

  constructor(value: number) {
    this.value = value;
  }

  static isFloat(value: unknown): value is NixFloat {
    return (
      value instanceof NixFloat ||
      (typeof value === 'object' &&
        value !== null &&
        (value as Record<symbol, unknown>)[floatMark] === true)
    );
  }

  valueOf(): number {
    return this.value;
  }

  equals(other: unknown): boolean {
    return NixFloat.isFloat(other) ? other.value === this.value : other === this.value;
  }

  [lowerNode](_lowerer: Lowerer): Expression {
    const text = Number.isInteger(this.value)
      ? `${this.value === 0 ? 0 : this.value}.0`
      : (spellNumber(this.value) as { text: string }).text;
    return { kind: 'literal', text, needsParentheses: this.value < 0 };
  }
}

export function float(value: number): NixFloat {
  if (!Number.isFinite(value) || (Number.isInteger(value) && Math.abs(value) >= 2 ** 53)) {
    throw new RangeError(
      `float(${value}): only finite numbers below 2^53 in magnitude can be written as a Nix float`,
    );
  }
  return new NixFloat(value);
}
