import { equalValues } from './merge-strategies.js';
import { mkOptionType, type OptionType } from './option-type.js';
import { compilePosixRegex } from './posix-regex.js';

/** Strings whose definitions are joined with `separator`, in merge order. */
export function separatedString(separator: string): OptionType<string> {
  const type: OptionType<string> = mkOptionType<string>({
    name: 'separatedString',
    description:
      separator === ''
        ? 'Concatenated string'
        : `strings concatenated with ${JSON.stringify(separator)}`,
    descriptionClass: 'noun',
    check: (value) => typeof value === 'string',
    payload: { separator },
    merge: (_path, definitions) =>
      definitions.map((definition) => definition.value as string).join(separator),
    mergesSingleAsIs: true,
    typeMerge: (other) =>
      other.name === 'separatedString' && other.description === type.description ? type : undefined,
  });
  return type;
}

export const lines = separatedString('\n');
export const commas = separatedString(',');

/** A string that `builtins.match pattern` accepts: the WHOLE string must match. */
export function strMatching(pattern: string): OptionType<string> {
  const expression = compilePosixRegex(pattern);
  const type: OptionType<string> = mkOptionType<string>({
    name: 'strMatching',
    description: `string matching the pattern ${pattern}`,
    descriptionClass: 'noun',
    check: (value) => typeof value === 'string' && expression.test(value),
    payload: { pattern },
    ...equalValues<string>(),
    typeMerge: (other) =>
      other.name === 'strMatching' && other.description === type.description ? type : undefined,
  });
  return type;
}

const ONLY_WHITESPACE = /^[ \t\n\r]*$/;

export const nonEmptyStr = mkOptionType<string>({
  name: 'nonEmptyStr',
  description: 'non-empty string',
  descriptionClass: 'noun',
  check: (value) => typeof value === 'string' && !ONLY_WHITESPACE.test(value),
  ...equalValues<string>(),
});
