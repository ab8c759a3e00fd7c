import { ConflictError } from '../errors/errors.js';
import {
  descriptionPhrase,
  mkOptionType,
  type OptionType,
  subModulesThrough,
} from './option-type.js';

/** `null` or a value of `elementType`; null and non-null definitions together conflict. */
export function nullOr<T>(elementType: OptionType<T>): OptionType<T | null> {
  return mkOptionType<T | null>({
    name: 'nullOr',
    description: () => `null or ${descriptionPhrase(elementType, ['noun', 'conjunction'])}`,
    descriptionClass: 'conjunction',
    check: (value) => value === null || elementType.check(value),
    merge: (path, definitions) => {
      const nulls = definitions.filter((definition) => definition.value === null).length;
      if (nulls === definitions.length) return null;
      if (nulls > 0) throw new ConflictError(path, { kind: 'null-and-not-null' }, definitions);
      return elementType.merge(path, definitions);
    },
    emptyValue: { value: null },
    getSubOptions: (prefix) => elementType.getSubOptions?.(prefix) ?? {},
    ...subModulesThrough(elementType, nullOr),
    typeMerge: (other) => {
      const otherElement = other.name === 'nullOr' ? other.nestedTypes.elementType : undefined;
      const merged = otherElement === undefined ? undefined : elementType.typeMerge(otherElement);
      return merged === undefined ? undefined : nullOr(merged);
    },
    nestedTypes: { elementType },
  });
}
