import { isNixNode, NixReference, toNix } from '@cdknix/nix';
import type { ApiValue } from '../api.js';

/**
 * A default value as JSON. Nix-only values are tagged: a package or other reference is
 * `{ "$ref": "pkgs.git" }`, any other Nix value `{ "$nix": "<Nix expression>" }`. A default
 * written as a thunk reads the final `config`, so it has no value of its own before a host is
 * evaluated: it is `{ "$computed": true }` (two computed defaults compare equal).
 */
export function toApiValue(value: unknown): ApiValue {
  if (NixReference.isReference(value)) return { $ref: [value.root, ...value.segments].join('.') };
  if (isNixNode(value)) return { $nix: toNix(value) };
  if (typeof value === 'function') return { $computed: true };
  if (Array.isArray(value)) return value.map(toApiValue);
  if (typeof value === 'bigint') return Number(value);
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((name) => [name, toApiValue(record[name])]),
    );
  }
  return value as ApiValue;
}
