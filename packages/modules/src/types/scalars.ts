import { isFloat, isInteger } from '../values/plain.js';
import { either } from './either.js';
import { equalValues } from './merge-strategies.js';
import { mkOptionType, type OptionType } from './option-type.js';

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

/**
 * Integers and floats: `either int float`, as in the reference, so an integer and a float
 * defined together must be a single definition (checked with Nix: `1` and `2.5` are "defined
 * multiple times while it's expected to be unique", not a conflict).
 */
export const number: OptionType<number> = either(int, float);
