import { NoValueError } from '../errors/errors.js';
import { Definition, MergedDefinitions } from '../merge-definitions.js';
import { lazyAttributes } from '../values/lazy-attributes.js';
import { compareNames, isAttributeSet } from '../values/plain.js';
import { mkOptionType, type OptionType, type TypedDefinition } from './option-type.js';

function mergeByName<T>(
  path: readonly string[],
  elementType: OptionType<T>,
  definitions: readonly TypedDefinition[],
) {
  const byName = new Map<string, Definition[]>();
  for (const definition of definitions) {
    const attributes = definition.value as Record<string, unknown>;
    for (const name of Object.keys(attributes)) {
      let list = byName.get(name);
      if (list === undefined) {
        list = [];
        byName.set(name, list);
      }
      list.push(new Definition(attributes[name], definition.source));
    }
  }
  const merged = new Map<string, MergedDefinitions<T>>();
  for (const [name, list] of byName)
    merged.set(name, MergedDefinitions.attribute(path, name, elementType, list));
  return merged;
}

interface AttrsOfVariant {
  name: 'attrsOf' | 'lazyAttrsOf';
  lazy: boolean;
}

function attributeSetOf<T>(
  elementType: OptionType<T>,
  variant: AttrsOfVariant,
): OptionType<Record<string, T>> {
  const build = (element: OptionType<T>) => attributeSetOf(element, variant);
  return mkOptionType<Record<string, T>>({
    name: variant.name,
    description: `${variant.lazy ? 'lazy ' : ''}attribute set of ${elementType.description}`,
    check: isAttributeSet,
    merge: (path, definitions) => {
      const merged = mergeByName(path, elementType, definitions);
      if (!variant.lazy) {
        // Like the reference's filterAttrs: every key's conditions are read now, values later.
        const names = [...merged.keys()]
          .filter((name) => merged.get(name)!.isDefined)
          .sort(compareNames);
        return lazyAttributes(
          names,
          (name) => merged.get(name)!.value,
          undefined,
          'data',
        ) as Record<string, T>;
      }
      return lazyAttributes(
        [...merged.keys()].sort(compareNames),
        (name) => {
          const entry = merged.get(name)!;
          if (entry.isDefined) return entry.value;
          if (elementType.emptyValue !== undefined) return elementType.emptyValue.value;
          throw new NoValueError([...path, name], []);
        },
        undefined,
        'data',
      ) as Record<string, T>;
    },
    emptyValue: { value: {} },
    getSubOptions: (prefix) => elementType.getSubOptions?.([...prefix, '<name>']) ?? {},
    ...(elementType.substSubModules === undefined
      ? {}
      : {
          getSubModules: () => elementType.getSubModules?.() ?? [],
          substSubModules: (modules: readonly unknown[]) =>
            build(elementType.substSubModules!(modules)),
        }),
    typeMerge: (other) => {
      const otherElement = other.name === variant.name ? other.nestedTypes.elementType : undefined;
      const merged = otherElement === undefined ? undefined : elementType.typeMerge(otherElement);
      return merged === undefined ? undefined : build(merged as OptionType<T>);
    },
    nestedTypes: { elementType },
  });
}

/** An attribute set; keys of all definitions are merged, each key with the element type. */
export function attrsOf<T>(elementType: OptionType<T>): OptionType<Record<string, T>> {
  return attributeSetOf(elementType, { name: 'attrsOf', lazy: false });
}

/**
 * Like attrsOf, but reading one key evaluates only that key: a key whose definitions are all
 * `mkIf false` still exists and fails with "no value" (unless the element type has an empty value).
 */
export function lazyAttrsOf<T>(elementType: OptionType<T>): OptionType<Record<string, T>> {
  return attributeSetOf(elementType, { name: 'lazyAttrsOf', lazy: true });
}
