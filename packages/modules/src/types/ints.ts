import { isInteger } from '../values/plain.js';
import { equalValues } from './merge-strategies.js';
import { type DescriptionClass, mkOptionType, type OptionType } from './option-type.js';
import { int } from './scalars.js';

/**
 * Bounded integers belong to the `int` family, as in the reference (they are `int` with an
 * extra check): two declarations `ints.between 0 9` and `int` agree, and the option is `int`.
 */
function boundedInteger(
  description: string,
  lowest: number,
  highest: number,
  descriptionClass: DescriptionClass = 'noun',
): OptionType<number> {
  return mkOptionType<number>({
    name: 'int',
    description,
    descriptionClass,
    check: (value) => isInteger(value) && value >= lowest && value <= highest,
    payload: { lowest, highest },
    ...equalValues<number>(),
    typeMerge: (other) => (other.name === 'int' ? int : undefined),
  });
}

/** `ints.between lowest highest`, both inclusive. */
export function between(lowest: number, highest: number): OptionType<number> {
  return boundedInteger(
    `integer between ${lowest} and ${highest} (both inclusive)`,
    lowest,
    highest,
  );
}

export const unsigned = boundedInteger(
  'unsigned integer, meaning >=0',
  0,
  Number.MAX_SAFE_INTEGER,
  'nonRestrictiveClause',
);
export const positive = boundedInteger(
  'positive integer, meaning >0',
  1,
  Number.MAX_SAFE_INTEGER,
  'nonRestrictiveClause',
);
export const u8 = boundedInteger(
  '8 bit unsigned integer; between 0 and 255 (both inclusive)',
  0,
  255,
);
export const u16 = boundedInteger(
  '16 bit unsigned integer; between 0 and 65535 (both inclusive)',
  0,
  65535,
);
export const port = u16;

export const ints = { between, unsigned, positive, u8, u16 } as const;
