import { mergeUniqueOption } from './merge-strategies.js';
import { mkOptionType, type OptionType, subModulesThrough } from './option-type.js';

/** Accepts exactly one definition (then merged by `elementType`); `message` explains why. */
export function unique<T>(
  { message }: { message: string },
  elementType: OptionType<T>,
): OptionType<T> {
  return mkOptionType<T>({
    name: 'unique',
    description: () => elementType.description,
    descriptionClass: elementType.descriptionClass,
    check: (value) => elementType.check(value),
    merge: mergeUniqueOption(message, (path, definitions) =>
      elementType.merge(path, definitions),
    ) as OptionType<T>['merge'],
    ...(elementType.emptyValue === undefined ? {} : { emptyValue: elementType.emptyValue }),
    getSubOptions: (prefix) => elementType.getSubOptions?.(prefix) ?? {},
    ...subModulesThrough(elementType, (element) => unique({ message }, element as OptionType<T>)),
    typeMerge: (other) => {
      const otherElement = other.name === 'unique' ? other.nestedTypes.elementType : undefined;
      const merged = otherElement === undefined ? undefined : elementType.typeMerge(otherElement);
      return merged === undefined ? undefined : unique({ message }, merged);
    },
    nestedTypes: { elementType },
  });
}

export function uniq<T>(elementType: OptionType<T>): OptionType<T> {
  return unique({ message: '' }, elementType);
}
