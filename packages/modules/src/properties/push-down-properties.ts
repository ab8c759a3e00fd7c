import { isAttributeSet } from '../values/plain.js';
import { force } from '../values/thunk.js';
import { isProperty, mkIf, mkOverride } from './property.js';

/**
 * Moves properties written around an attribute set onto each of its attributes, without
 * reading any condition: `mkIf c { a = 1; b = 2; }` becomes `{ a = mkIf c 1; b = mkIf c 2; }`.
 * This is what lets a module's whole `config` depend on the configuration itself.
 * Returns the resulting values (normally attribute sets; callers reject the rest).
 */
export function pushDownProperties(value: unknown): unknown[] {
  const forced = force(value);
  if (!isProperty(forced)) return [forced];
  switch (forced.kind) {
    case 'merge':
      return forced.contents.flatMap(pushDownProperties);
    case 'if':
      return pushDownProperties(forced.content).map((content) =>
        isAttributeSet(content)
          ? mapValues(content, (inner) => mkIf(forced.condition, inner))
          : content,
      );
    case 'override':
      return pushDownProperties(forced.content).map((content) =>
        isAttributeSet(content)
          ? mapValues(content, (inner) => mkOverride(forced.priority, inner))
          : content,
      );
    case 'order':
      return [forced];
  }
}

function mapValues(
  attributes: Record<string, unknown>,
  map: (value: unknown) => unknown,
): Record<string, unknown> {
  const mapped: Record<string, unknown> = {};
  for (const name of Object.keys(attributes)) mapped[name] = map(attributes[name]);
  return mapped;
}
