/**
 * Thrown inside the direct printer when a value has a problem (NUL, NaN, a cycle, ...) or is too
 * deep: `toNix` then starts over on the general path, which reports every problem with its value
 * path and source. One frozen instance: the signal carries no data and needs no stack trace.
 */
export class FallBack {
  readonly reason = 'the general path prints this value';
}

export const fallBack: FallBack = Object.freeze(new FallBack());

/** Containers nested deeper than this (or a cycle) go to the general path. */
export const maximumDepth = 1000;
