import { mkOptionType, type OptionType, types } from '@cdknix/modules';
import { isNixNode } from '@cdknix/nix';

function isFormatValue(value: unknown): boolean {
  if (value === null || isNixNode(value)) return true;
  if (Array.isArray(value)) return value.every(isFormatValue);
  switch (typeof value) {
    case 'boolean':
    case 'number':
    case 'string':
    case 'bigint':
      return true;
    case 'function':
      return true; // a thunk: checked when forced
    case 'object':
      return Object.values(value as object).every(isFormatValue);
    default:
      return false;
  }
}

const cache = new Map<string, OptionType>();

/**
 * The values of `pkgs.formats.<format>` (`JSON value`, `TOML value`, `YAML 1.1 value`, INI
 * sections...): data that merges like `types.anything` (attribute sets recursively, lists
 * concatenated, equal scalars once). In nixpkgs these are `nullOr`/`oneOf`/`either` types
 * given a description of their own, so they keep the class of a conjunction: nested, they read
 * "null or JSON value" but "attribute set of (JSON value)".
 */
export function formatValueType(formatName: string): OptionType {
  let type = cache.get(formatName);
  if (!type) {
    type = mkOptionType({
      name: `formatValue:${formatName}`,
      description: formatName,
      descriptionClass: 'conjunction',
      check: isFormatValue,
      merge: (path, definitions) => types.anything.merge(path, definitions),
    });
    cache.set(formatName, type);
  }
  return type;
}
