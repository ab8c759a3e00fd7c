/**
 * Descriptions of the `pkgs.formats.*` value types (and look-alikes that accept the same
 * data) that map to `formatValueType(formatName)`. The formatName passed on is the
 * description itself, so the runtime type can carry the exact text Nix would show.
 * Several of these contain ` or ` and parentheses, so they are matched whole, before any
 * grammar rule sees them.
 */
export const formatValuePhrases: readonly string[] = [
  'JSON value',
  'TOML value',
  'YAML 1.1 value',
  'YAML 1.2 value',
  'YAML value',
  'XML value',
  'Firefox preference (int, bool, string, and also attrs, list, float as a JSON string)',
  'Floorp preference (int, bool, string, and also attrs, list, float as a JSON string)',
  'LibreWolf preference (int, bool, string, and also attrs, list, float as a JSON string)',
  'Thunderbird preference (int, bool, string, and also attrs, list, float as a JSON string)',
  'GVariant value',
  'KDE option value',
  'Nushell values',
  'section of an INI file (attrs of INI atom (null, bool, int, float or string))',
  'section of an INI file (attrs of INI atom (null, bool, int, float or string) or a list of them for duplicate keys)',
  'section of an INI file (attrs of INI atom (null, bool, int, float or string) or a non-empty list of them)',
  'section of a kvconfig file (attrs of INI atom (null, bool, int, float or string) or a non-empty list of them)',
  'INI atom (null, bool, int, float or string)',
  'INI atom (null, bool, int, float or string) or a list of them for duplicate keys',
  'INI atom (null, int, bool, string, or float)',
  'atom (null, bool, int, float or string)',
  'atom (null, bool, int, float or string) or a list of them for duplicate keys',
  'values (null, bool, int, string, or float) or a list of values, that will be joined with a comma',
  'Nix config atom (null, bool, int, float, str, path or package)',
  'string, package, bool, int or float',
]
  // Longest first, so that a phrase is never cut short by a shorter one it starts with.
  .slice()
  .sort((left, right) => right.length - left.length || (left < right ? -1 : 1));
