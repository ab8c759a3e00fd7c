/**
 * JSON with object keys sorted at every depth and arrays kept in order, two-space indented,
 * ending with a newline: two snapshots of one API are byte-identical, whatever the order in
 * which options were declared or packages were loaded.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((name) => record[name] !== undefined)
      .sort()
      .map((name) => [name, sortKeys(record[name])]),
  );
}
