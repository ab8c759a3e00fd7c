import { MergedDefinitions } from '../merge-definitions.js';
import { lazyList } from '../values/lazy-list.js';
import { mkOptionType, type OptionType } from './option-type.js';

/**
 * A list; definitions are concatenated in merge order. Each element is merged on its own
 * (so `mkIf` works per element) under the path `"[definition N-entry M]"`.
 */
export function listOf<T>(elementType: OptionType<T>): OptionType<T[]> {
  return mkOptionType<T[]>({
    name: 'listOf',
    description: `list of ${elementType.description}`,
    check: Array.isArray,
    merge: (path, definitions) => {
      const elements: MergedDefinitions<T>[] = [];
      definitions.forEach((definition, definitionIndex) => {
        (definition.value as unknown[]).forEach((element, elementIndex) => {
          const elementPath = [
            ...path,
            `[definition ${definitionIndex + 1}-entry ${elementIndex + 1}]`,
          ];
          const merged = new MergedDefinitions(elementPath, elementType, [
            { value: element, source: definition.source },
          ]);
          if (merged.isDefined) elements.push(merged);
        });
      });
      return lazyList(elements.length, (index) => elements[index]!.value) as T[];
    },
    emptyValue: { value: [] },
    getSubOptions: (prefix) => elementType.getSubOptions?.([...prefix, '*']) ?? {},
    ...(elementType.substSubModules === undefined
      ? {}
      : {
          getSubModules: () => elementType.getSubModules?.() ?? [],
          substSubModules: (modules: readonly unknown[]) =>
            listOf(elementType.substSubModules!(modules)),
        }),
    typeMerge: (other) => {
      const otherElement = other.name === 'listOf' ? other.nestedTypes.elementType : undefined;
      const merged = otherElement === undefined ? undefined : elementType.typeMerge(otherElement);
      return merged === undefined ? undefined : listOf(merged);
    },
    nestedTypes: { elementType },
  });
}
