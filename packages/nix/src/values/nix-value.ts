import type { NixNode } from './nix-node.js';

/**
 * Everything `toNix` can write: JSON-like data (null, booleans, numbers, bigints, strings,
 * arrays, plain objects) plus the Nix-only nodes. Plain JS strings are always data.
 * An attribute whose value is `undefined` is left out, as an optional property would be.
 */
export type NixValue = null | boolean | number | bigint | string | NixNode | NixList | NixAttributes;
export interface NixList extends ReadonlyArray<NixValue> {}
export interface NixAttributes {
  readonly [name: string]: NixValue | undefined;
}
