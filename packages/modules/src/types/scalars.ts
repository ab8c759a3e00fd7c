import { isFloat, isInteger, isMarkedFloat } from '../values/plain.js';
import { equalValues } from './merge-strategies.js';
import { mkOptionType } from './option-type.js';

export const bool = mkOptionType<boolean>({
  name: 'bool',
  description: 'boolean',
  descriptionClass: 'noun',
  check: (value) => typeof value === 'boolean',
  ...equalValues<boolean>(),
});

export const int = mkOptionType<number>({
  name: 'int',
  description: 'signed integer',
  descriptionClass: 'noun',
  check: isInteger,
  ...equalValues<number>(),
});

/** Non-integral numbers: the JSON corpus and TypeScript have no `2.0` distinct from `2`. */
export const float = mkOptionType<number>({
  name: 'float',
  description: 'floating point number',
  descriptionClass: 'noun',
  check: isFloat,
  ...equalValues<number>(),
});

export const str = mkOptionType<string>({
  name: 'str',
  description: 'string',
  descriptionClass: 'noun',
  check: (value) => typeof value === 'string',
  ...equalValues<string>(),
});

/** Integers and floats (`either int float` in the reference). */
export const number = mkOptionType<number>({
  name: 'number',
  description: 'signed integer or floating point number',
  descriptionClass: 'conjunction',
  check: (value) => typeof value === 'number' || isMarkedFloat(value),
  ...equalValues<number>(),
});
