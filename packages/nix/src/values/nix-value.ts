import type { NixNode } from './nix-node.js';

/**
 * Everything `toNix` can write: JSON-like data (null, booleans, numbers, bigints, strings,
 * arrays, plain objects) plus the Nix-only nodes. Plain JS strings are always data.
 * An attribute whose value is `undefined` is left out, as an optional property would be.
 * `undefined` elsewhere (in a list, as the whole value) is a runtime UnsupportedValueError; the
 * type admits it so that `pkgs.git` (typed `ReferenceProxy | undefined` under
 * `noUncheckedIndexedAccess`) can be used directly (docs/decisions/0102).
 */
export type NixValue =
  | null
  | undefined
  | boolean
  | number
  | bigint
  | string
  | NixNode
  | NixList
  | NixAttributes;
export interface NixList extends ReadonlyArray<NixValue> {}
export interface NixAttributes {
  readonly [name: string]: NixValue;
}
