import { MergedDefinitions, standsAsItIs } from '../merge-definitions.js';
import { defineLazyElement } from '../values/lazy-list.js';
import {
  descriptionPhrase,
  mkOptionType,
  type OptionType,
  subModulesThrough,
  type TypedDefinition,
} from './option-type.js';

/**
 * An element that needs no merging: already a value (not a thunk, not a property), of a type
 * that merges one definition as it stands, and valid. Anything else is merged on first read.
 */
function isReady(element: unknown, elementType: OptionType): boolean {
  return typeof element !== 'function' && standsAsItIs(element, elementType);
}

function mergeElements<T>(
  path: readonly string[],
  elementType: OptionType<T>,
  definitions: readonly TypedDefinition[],
): T[] {
  const values: unknown[] = [];
  const merges: { index: number; merged: MergedDefinitions<T> }[] = [];
  for (let definitionIndex = 0; definitionIndex < definitions.length; definitionIndex += 1) {
    const definition = definitions[definitionIndex]!;
    const elements = definition.value as unknown[];
    for (let elementIndex = 0; elementIndex < elements.length; elementIndex += 1) {
      const element = elements[elementIndex];
      if (isReady(element, elementType)) {
        values.push(element);
        continue;
      }
      const merged = MergedDefinitions.element(
        path,
        definitionIndex + 1,
        elementIndex + 1,
        elementType,
        [{ value: element, source: definition.source }],
      );
      if (!merged.isDefined) continue;
      // Its conditions are read (as the reference reads them here): a single value that came
      // out already computed needs no merging either.
      const ordered = merged.ordered;
      if (ordered.length === 1 && isReady(ordered[0]!.value, elementType)) {
        values.push(ordered[0]!.value);
        continue;
      }
      merges.push({ index: values.length, merged });
      values.push(undefined);
    }
  }
  for (const { index, merged } of merges) defineLazyElement(values, index, () => merged.value);
  return values as T[];
}

/**
 * A list; definitions are concatenated in merge order. Each element is merged on its own
 * (so `mkIf` works per element) under the path `"[definition N-entry M]"`; elements that need
 * no merging are kept as they are.
 */
export function listOf<T>(elementType: OptionType<T>): OptionType<T[]> {
  return mkOptionType<T[]>({
    name: 'listOf',
    description: () => `list of ${descriptionPhrase(elementType, ['noun', 'composite'])}`,
    descriptionClass: 'composite',
    check: Array.isArray,
    merge: (path, definitions) => mergeElements(path, elementType, definitions),
    emptyValue: { value: [] },
    getSubOptions: (prefix) => elementType.getSubOptions?.([...prefix, '*']) ?? {},
    ...subModulesThrough(elementType, listOf),
    typeMerge: (other) => {
      const otherElement = other.name === 'listOf' ? other.nestedTypes.elementType : undefined;
      const merged = otherElement === undefined ? undefined : elementType.typeMerge(otherElement);
      return merged === undefined ? undefined : listOf(merged);
    },
    nestedTypes: { elementType },
  });
}
