import { orderPriorities, priorities } from '../priorities.js';
import { hasBrand } from '../values/brand.js';
import type { Thunk } from '../values/thunk.js';

const PROPERTY = Symbol.for('cdknix.modules.property');

export interface PropertyOf<T> {
  readonly [PROPERTY]: true;
  /** Phantom: the type of the value the property wraps (for `Definable`). */
  readonly __value?: T;
}

/**
 * The module system's properties as a discriminated union. Each is interpreted at one stage:
 * `merge` and `if` when definitions are discharged, `override` when priorities are filtered,
 * `order` when the survivors are sorted.
 */
export type ModuleProperty<T = unknown> =
  | (PropertyOf<T> & {
      readonly kind: 'if';
      readonly condition: boolean | Thunk<boolean>;
      readonly content: unknown;
    })
  | (PropertyOf<T> & { readonly kind: 'merge'; readonly contents: readonly unknown[] })
  | (PropertyOf<T> & {
      readonly kind: 'override';
      readonly priority: number;
      readonly content: unknown;
    })
  | (PropertyOf<T> & {
      readonly kind: 'order';
      readonly priority: number;
      readonly content: unknown;
    });

/**
 * Properties are built on one prototype per kind, which holds the discriminant `kind` and the
 * brand. Their own (enumerable) fields mirror the reference's attribute set
 * (`{ _type = "merge"; contents = [...]; }`), because a property that is not interpreted (an
 * `mkMerge` inside `mkForce`) becomes a plain value, as in Nix; `isAttributeSet` accepts them.
 */
const PROTOTYPES = {
  if: Object.freeze({ kind: 'if', [PROPERTY]: true }),
  merge: Object.freeze({ kind: 'merge', [PROPERTY]: true }),
  override: Object.freeze({ kind: 'override', [PROPERTY]: true }),
  order: Object.freeze({ kind: 'order', [PROPERTY]: true }),
} as const;

export const PROPERTY_PROTOTYPES: ReadonlySet<object> = new Set(Object.values(PROTOTYPES));

function property<T>(
  kind: ModuleProperty['kind'],
  fields: Record<string, unknown>,
): ModuleProperty<T> {
  return Object.assign(
    Object.create(PROTOTYPES[kind]),
    { _type: kind },
    fields,
  ) as ModuleProperty<T>;
}

export function isProperty(value: unknown): value is ModuleProperty {
  return hasBrand(value, PROPERTY);
}

/** `mkIf cond content`: the condition (a boolean or a thunk) is only read when the content is needed. */
export function mkIf<T>(
  condition: boolean | Thunk<boolean>,
  content: T,
): ModuleProperty<PropertyContent<T>> {
  return property('if', { condition, content });
}

/** `mkMerge [ ... ]`: several definitions written in one place, kept in written order. */
export function mkMerge<T>(contents: readonly T[]): ModuleProperty<PropertyContent<T>> {
  return property('merge', { contents });
}

export function mkOverride<T>(priority: number, content: T): ModuleProperty<PropertyContent<T>> {
  return property('override', { priority, content });
}

export const mkOptionDefault = <T>(content: T) => mkOverride(priorities.optionDefault, content);
export const mkDefault = <T>(content: T) => mkOverride(priorities.default, content);
export const mkImageMediaOverride = <T>(content: T) =>
  mkOverride(priorities.imageMediaOverride, content);
export const mkForce = <T>(content: T) => mkOverride(priorities.force, content);
export const mkVMOverride = <T>(content: T) => mkOverride(priorities.vmOverride, content);

export function mkOrder<T>(priority: number, content: T): ModuleProperty<PropertyContent<T>> {
  return property('order', { priority, content });
}

export const mkBefore = <T>(content: T) => mkOrder(orderPriorities.before, content);
export const mkAfter = <T>(content: T) => mkOrder(orderPriorities.after, content);

/** The value type a property carries: `mkForce(mkDefault(1))` carries a number. */
export type PropertyContent<T> =
  T extends ModuleProperty<infer Inner> ? Inner : T extends () => infer Result ? Result : T;
