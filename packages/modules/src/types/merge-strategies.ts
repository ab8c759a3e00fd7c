import { ConflictError, NotUniqueError } from '../errors/errors.js';
import { isEqual } from '../values/equal.js';
import { showDefinitions } from '../values/show-definitions.js';
import type { OptionTypeSpec, TypedDefinition } from './option-type.js';

/** All definitions must be equal (`1` and `1` merge; `1` and `2` conflict). */
export function mergeEqualOption(
  path: readonly string[],
  definitions: readonly TypedDefinition[],
): unknown {
  const [first, ...rest] = definitions;
  if (first === undefined)
    throw new ConflictError(path, { kind: 'cannot-merge', explanation: 'no definitions' }, []);
  if (rest.length === 0) return first.value;
  if (typeof first.value === 'function') {
    throw new ConflictError(
      path,
      { kind: 'cannot-merge', explanation: 'functions cannot be merged' },
      showDefinitions(definitions),
    );
  }
  for (const definition of rest) {
    if (!isEqual(definition.value, first.value))
      throw new ConflictError(path, { kind: 'values' }, showDefinitions(definitions));
  }
  return first.value;
}

/**
 * The merge of types whose definitions must all be equal (`mergeEqualOption`): one definition
 * merges as it stands.
 */
export function equalValues<T>(): Pick<OptionTypeSpec<T>, 'merge' | 'mergesSingleAsIs'> {
  return {
    merge: (path, definitions) => mergeEqualOption(path, definitions) as T,
    mergesSingleAsIs: true,
  };
}

/** Exactly one definition is accepted; `explanation` is added to the error (`types.unique`). */
export function mergeUniqueOption(
  explanation: string,
  merge: (path: readonly string[], definitions: readonly TypedDefinition[]) => unknown = (
    _path,
    definitions,
  ) => definitions[0]?.value,
) {
  return (path: readonly string[], definitions: readonly TypedDefinition[]): unknown => {
    if (definitions.length === 1) return merge(path, definitions);
    throw new NotUniqueError(path, explanation, showDefinitions(definitions));
  };
}

export const mergeOneOption = mergeUniqueOption('');
