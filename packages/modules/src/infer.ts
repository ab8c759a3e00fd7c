import type { OptionDeclaration } from './options/mk-option.js';
import type { PropertyOf } from './properties/property.js';

/**
 * The configuration type an options declaration gives, as zod infers from a schema:
 * `{ port: mkOption({ type: types.port }) }` gives `{ port: number }`.
 */
export type InferConfig<Options> = {
  [Name in keyof Options]: Options[Name] extends OptionDeclaration<infer Value>
    ? Value
    : InferConfig<Options[Name]>;
};

type PartialShape<T> = { [Name in keyof T]?: Definable<T[Name]> };

/** A definition of `Server | null` (`nullOr (submodule ...)`) is a partial `Server`, or null. */
type DefinableShape<T> = unknown extends T
  ? T
  : [T] extends [readonly unknown[]]
    ? T
    : [T] extends [(...args: never[]) => unknown]
      ? T
      : [T] extends [object]
        ? PartialShape<T>
        : [NonNullable<T>] extends [Record<string, unknown>]
          ? PartialShape<NonNullable<T>> | Extract<T, null | undefined>
          : T;

/**
 * What a user may write where a value of type `T` is expected: the value, a thunk of it, or
 * a property (`mkIf`, `mkMerge`, `mkOverride`, `mkDefault`, `mkForce`, `mkOrder`, `mkBefore`,
 * `mkAfter`) over it. For attribute sets each attribute is `Definable` and optional.
 */
export type Definable<T> = DefinableShape<T> | (() => DefinableShape<T>) | PropertyOf<Definable<T>>;
