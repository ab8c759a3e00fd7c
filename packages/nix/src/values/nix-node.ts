import type { Lowerer } from '../lower/lowerer.js';
import type { Expression } from '../syntax/expression.js';

/** Marks every Nix-only value; checked with `isNixNode`, which survives duplicate installs. */
export const nixNodeBrand: unique symbol = Symbol.for('cdknix.nix.NixNode') as never;
/** The method through which each node kind lowers itself into the syntax model. */
export const lowerNode: unique symbol = Symbol.for('cdknix.nix.lowerNode') as never;

/**
 * What every Nix-only value (reference, path, interpolated string, raw Nix, wrapper, ...) offers.
 * The module evaluator treats nodes as opaque leaf values and compares them with `equals`.
 */
export interface NixNode {
  readonly [nixNodeBrand]: true;
  /** Structural equality: `pkgs.git.equals(ref('pkgs', 'git'))` is true. */
  equals(other: unknown): boolean;
  [lowerNode](lowerer: Lowerer): Expression;
}

export function isNixNode(value: unknown): value is NixNode {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    (value as NixNode)[nixNodeBrand] === true
  );
}
