import { ConflictError } from '../errors/errors.js';
import { isAttributeSet, isInteger, isOpaque } from '../values/plain.js';
import { attrsOf } from './attrs-of.js';
import { mergeEqualOption, mergeOneOption } from './merge-strategies.js';
import { mkOptionType, type OptionType, type TypedDefinition } from './option-type.js';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (isAttributeSet(value)) return 'set';
  if (isOpaque(value)) return 'opaque';
  if (typeof value === 'number') return isInteger(value) ? 'int' : 'float';
  return typeof value;
}

function mergeAnything(path: readonly string[], definitions: readonly TypedDefinition[]): unknown {
  const kind = kindOf(definitions[0]?.value);
  if (definitions.some((definition) => kindOf(definition.value) !== kind)) {
    throw new ConflictError(path, { kind: 'types' }, definitions);
  }
  switch (kind) {
    case 'set':
      // Attribute sets merge recursively, key by key (so `mkIf` works at any depth).
      return attrsOf(anything).merge(path, definitions);
    case 'function':
      return (argument: unknown) =>
        mergeAnything(
          [...path, '<function body>'],
          definitions.map((definition) => ({
            ...definition,
            value: (definition.value as (input: unknown) => unknown)(argument),
          })),
        );
    case 'opaque':
      // Like the reference's packages (string-coercible sets): a single definition only.
      return definitions.length === 1 ? definitions[0]!.value : mergeEqualOption(path, definitions);
    default:
      // Lists are not concatenated: different lists conflict, equal ones merge.
      return mergeEqualOption(path, definitions);
  }
}

/** Any value; attribute sets merge recursively, everything else must be equal. */
export const anything: OptionType<unknown> = mkOptionType<unknown>({
  name: 'anything',
  description: 'anything',
  descriptionClass: 'noun',
  check: () => true,
  merge: mergeAnything,
});

/** Any value, never merged or walked: exactly one definition. */
export const raw = mkOptionType<unknown>({
  name: 'raw',
  description: 'raw value',
  descriptionClass: 'noun',
  check: () => true,
  merge: mergeOneOption,
  mergesSingleAsIs: true,
});

/** An attribute set; definitions are combined with a shallow right-biased update. */
export const attrs = mkOptionType<Record<string, unknown>>({
  name: 'attrs',
  description: 'attribute set',
  check: isAttributeSet,
  merge: (_path, definitions) =>
    Object.assign({}, ...definitions.map((definition) => definition.value)),
  emptyValue: { value: {} },
});

/** The type of an option declared without one (nixpkgs `mergeDefaultOption`). */
export const unspecified = mkOptionType<unknown>({
  name: 'unspecified',
  description: 'unspecified value',
  descriptionClass: 'noun',
  check: () => true,
  merge: (path, definitions) => {
    const values = definitions.map((definition) => definition.value);
    if (values.length === 1) return values[0];
    if (values.every(Array.isArray)) return values.flat();
    if (values.every(isAttributeSet)) return Object.assign({}, ...values);
    if (values.every((value) => typeof value === 'boolean')) return values.some(Boolean);
    if (values.every((value) => typeof value === 'string')) return values.join('');
    if (values.every((value) => value === values[0] && isInteger(value))) return values[0];
    throw new ConflictError(
      path,
      { kind: 'cannot-merge', explanation: 'values of an unspecified type differ' },
      definitions,
    );
  },
});
