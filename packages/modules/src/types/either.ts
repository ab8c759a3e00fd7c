import { mergeOneOption } from './merge-strategies.js';
import { descriptionPhrase, mkOptionType, type OptionType } from './option-type.js';

/**
 * A value of `left` or of `right`. Definitions all of one branch merge with that branch;
 * definitions spread over both branches must be a single one.
 */
export function either<L, R>(left: OptionType<L>, right: OptionType<R>): OptionType<L | R> {
  return mkOptionType<L | R>({
    name: 'either',
    description: () =>
      left.descriptionClass === 'nonRestrictiveClause'
        ? `${left.description}, or ${descriptionPhrase(right, ['noun', 'conjunction'])}`
        : `${descriptionPhrase(left, ['noun', 'conjunction'])} or ${descriptionPhrase(right, ['noun', 'conjunction', 'composite'])}`,
    descriptionClass: 'conjunction',
    check: (value) => left.check(value) || right.check(value),
    merge: (path, definitions) => {
      if (definitions.every((definition) => left.check(definition.value)))
        return left.merge(path, definitions);
      if (definitions.every((definition) => right.check(definition.value)))
        return right.merge(path, definitions);
      return mergeOneOption(path, definitions) as L | R;
    },
    typeMerge: (other) => {
      if (other.name !== 'either') return undefined;
      const mergedLeft = left.typeMerge(other.nestedTypes.left!);
      const mergedRight = right.typeMerge(other.nestedTypes.right!);
      return mergedLeft === undefined || mergedRight === undefined
        ? undefined
        : either(mergedLeft, mergedRight);
    },
    nestedTypes: { left, right },
  });
}

type UnionOf<Types extends readonly OptionType<unknown>[]> =
  Types[number] extends OptionType<infer T> ? T : never;

/** `either` folded over a list: `oneOf([int, bool, str])`. */
export function oneOf<const Types extends readonly OptionType<any>[]>(
  types: Types,
): OptionType<UnionOf<Types>> {
  const [first, ...rest] = types;
  if (first === undefined) throw new TypeError('oneOf needs at least one type');
  return rest.reduce<OptionType<unknown>>(
    (combined, type) => either(combined, type),
    first,
  ) as OptionType<UnionOf<Types>>;
}
