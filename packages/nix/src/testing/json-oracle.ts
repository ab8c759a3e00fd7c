// The expected value for a round trip, written as JSON for Nix's own `builtins.fromJSON`, so that
// the check never depends on the emitter under test. Bigints are written as exact JSON integers.

const bigintMarker = '\u0000bigint:';

export function toOracleJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, inner) =>
    typeof inner === 'bigint' ? `${bigintMarker}${inner.toString()}` : inner,
  );
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, '$1');
}
