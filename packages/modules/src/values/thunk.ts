import { brandedPrototype, hasBrand } from './brand.js';

/**
 * Laziness (decision 0001): a zero-argument function stands for a value computed on demand.
 * `force` evaluates thunks until it reaches a value; functions taking arguments (module
 * functions, `literal` wrappers) are values, never called here.
 */
export type Thunk<T> = () => T;

const LITERAL = Symbol.for('cdknix.modules.literal');
const LITERAL_PROTOTYPE = brandedPrototype(LITERAL);

/** A function stored as data: `literal(fn)` is never called as a thunk. */
export interface Literal<T> {
  readonly [LITERAL]: true;
  readonly value: T;
}

export function literal<T>(value: T): Literal<T> {
  const wrapped = Object.create(LITERAL_PROTOTYPE) as { value: T };
  wrapped.value = value;
  return wrapped as Literal<T>;
}

export function isLiteral(value: unknown): value is Literal<unknown> {
  return hasBrand(value, LITERAL);
}

export function isThunk(value: unknown): value is Thunk<unknown> {
  return typeof value === 'function' && value.length === 0;
}

/** Evaluates thunks (to weak head normal form, as Nix would) and unwraps `literal`. */
export function force(value: unknown): unknown {
  let current = value;
  while (typeof current === 'function' && current.length === 0)
    current = (current as Thunk<unknown>)();
  if (isLiteral(current)) return current.value;
  return current;
}

/** A memoised thunk that detects re-entry, as Nix's black-holing does. */
export function memoise<T>(compute: () => T, onReentry: () => never): Thunk<T> {
  let state: 0 | 1 | 2 = 0;
  let result: T;
  return () => {
    if (state === 2) return result;
    if (state === 1) onReentry();
    state = 1;
    try {
      result = compute();
    } catch (error) {
      state = 0;
      throw error;
    }
    state = 2;
    return result;
  };
}
