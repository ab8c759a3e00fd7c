import { NoValueError } from '../errors/errors.js';
import { Definition, MergedDefinitions } from '../merge-definitions.js';
import { type AttributeSource, attributesFrom } from '../values/lazy-attributes.js';
import { isAttributeSet, sortNames } from '../values/plain.js';
import {
  descriptionPhrase,
  mkOptionType,
  type OptionType,
  subModulesThrough,
  type TypedDefinition,
} from './option-type.js';

/** The definitions of every attribute, each merged (on first read) with the element type. */
function mergeByName<T>(
  path: readonly string[],
  elementType: OptionType<T>,
  definitions: readonly TypedDefinition[],
): Map<string, MergedDefinitions<T>> {
  const merged = new Map<string, MergedDefinitions<T>>();
  const lists = new Map<string, Definition[]>();
  for (let index = 0; index < definitions.length; index += 1) {
    const { value, source } = definitions[index]!;
    const attributes = value as Record<string, unknown>;
    const names = Object.keys(attributes);
    for (let at = 0; at < names.length; at += 1) {
      const name = names[at]!;
      const entry = new Definition(attributes[name], source);
      const list = lists.get(name);
      if (list !== undefined) list.push(entry);
      else {
        lists.set(name, [entry]);
        merged.set(name, MergedDefinitions.attribute(path, name, elementType, lists.get(name)!));
      }
    }
  }
  return merged;
}

/** The values of an attribute set of `elementType`: each attribute's merge, memoised there. */
class AttributeMerges<T> implements AttributeSource {
  constructor(
    private readonly merged: Map<string, MergedDefinitions<T>>,
    private readonly path: readonly string[],
    private readonly elementType: OptionType<T>,
    private readonly lazy: boolean,
  ) {}

  attribute(name: string): unknown {
    const entry = this.merged.get(name)!;
    if (!this.lazy || entry.isDefined) return entry.value;
    if (this.elementType.emptyValue !== undefined) return this.elementType.emptyValue.value;
    throw new NoValueError([...this.path, name], []);
  }
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
    description: () =>
      `${variant.lazy ? 'lazy ' : ''}attribute set of ${descriptionPhrase(elementType, ['noun', 'composite'])}`,
    descriptionClass: 'composite',
    check: isAttributeSet,
    merge: (path, definitions) => {
      const merged = mergeByName(path, elementType, definitions);
      // Like the reference's filterAttrs, attrsOf reads every key's conditions now, values
      // later; lazyAttrsOf reads nothing until an attribute is read.
      const names = variant.lazy
        ? [...merged.keys()]
        : [...merged.keys()].filter((name) => merged.get(name)!.isDefined);
      const values = new AttributeMerges(merged, path, elementType, variant.lazy);
      return attributesFrom(sortNames(names), values, 'data') as Record<string, T>;
    },
    emptyValue: { value: {} },
    getSubOptions: (prefix) => elementType.getSubOptions?.([...prefix, '<name>']) ?? {},
    ...subModulesThrough(elementType, build),
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
