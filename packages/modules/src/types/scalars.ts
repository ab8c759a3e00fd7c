import { isFloat, isInteger, isMarkedFloat } from '../values/plain.js';
import { mergeEqualOption } from './merge-strategies.js';
import { mkOptionType } from './option-type.js';

export const bool = mkOptionType<boolean>({
  name: 'bool',
  description: 'boolean',
  check: (value) => typeof value === 'boolean',
  merge: (path, definitions) => mergeEqualOption(path, definitions) as boolean,
  mergesSingleAsIs: true,
});

export const int = mkOptionType<number>({
  name: 'int',
  description: 'signed integer',
  check: isInteger,
  merge: (path, definitions) => mergeEqualOption(path, definitions) as number,
  mergesSingleAsIs: true,
});

/** Non-integral numbers: the JSON corpus and TypeScript have no `2.0` distinct from `2`. */
export const float = mkOptionType<number>({
  name: 'float',
  description: 'floating point number',
  check: isFloat,
  merge: (path, definitions) => mergeEqualOption(path, definitions) as number,
  mergesSingleAsIs: true,
});

export const str = mkOptionType<string>({
  name: 'str',
  description: 'string',
  check: (value) => typeof value === 'string',
  merge: (path, definitions) => mergeEqualOption(path, definitions) as string,
  mergesSingleAsIs: true,
});

/** Integers and floats (`either int float` in the reference). */
export const number = mkOptionType<number>({
  name: 'number',
  description: 'signed integer or floating point number',
  check: (value) => typeof value === 'number' || isMarkedFloat(value),
  merge: (path, definitions) => mergeEqualOption(path, definitions) as number,
  mergesSingleAsIs: true,
});
