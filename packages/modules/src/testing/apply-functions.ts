/** The `apply` functions the conformance format names, as Nix defines them. */
import { isEqual } from '../index.js';

const lessThan = (left: any, right: any) => (left < right ? -1 : left > right ? 1 : 0);

export const applyFunctions: Record<string, (value: any) => unknown> = {
  sort: (list: unknown[]) => [...list].sort(lessThan),
  reverse: (list: unknown[]) => {
    // `lib.reverseList` leaves the elements unevaluated: each is read when the result's is
    // (so of two failing elements, the last one's error comes first), not all while copying.
    const reversed: unknown[] = new Array(list.length);
    for (let index = 0; index < list.length; index += 1)
      Object.defineProperty(reversed, index, {
        enumerable: true,
        get: () => list[list.length - 1 - index],
      });
    return reversed;
  },
  length: (list: unknown[]) => list.length,
  'attr-names': (attributes: object) => Object.keys(attributes).sort(lessThan),
  'count-attrs': (attributes: object) => Object.keys(attributes).length,
  double: (number: number) => number * 2,
  negate: (value: boolean) => !value,
  upper: (text: string) => text.replace(/[a-z]/g, (letter) => letter.toUpperCase()),
  'join-comma': (list: string[]) => list.join(','),
  dedup: (list: unknown[]) =>
    list.filter((element, index) => list.findIndex((other) => isEqual(other, element)) === index),
  'to-string': (value: unknown) => String(value),
  wrap: (value: unknown) => ({ value }),
  'null-to-empty': (value: unknown) => (value === null ? '' : value),
};
