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
 * Each kind of property is a class whose prototype holds the discriminant `kind` and the brand.
 * Their own (enumerable) fields mirror the reference's attribute set
 * (`{ _type = "merge"; contents = [...]; }`), because a property that is not interpreted (an
 * `mkMerge` inside `mkForce`) becomes a plain value, as in Nix; `isAttributeSet` accepts them.
 * (Classes, not objects assigned onto a prototype: a module evaluation builds thousands.)
 */
class IfProperty {
  readonly _type = 'if';
  readonly condition: boolean | Thunk<boolean>;
  readonly content: unknown;
  constructor(condition: boolean | Thunk<boolean>, content: unknown) {
    this.condition = condition;
    this.content = content;
  }
}

class MergeProperty {
  readonly _type = 'merge';
  readonly contents: readonly unknown[];
  constructor(contents: readonly unknown[]) {
    this.contents = contents;
  }
}

/** `override` and `order` properties: a priority and what it applies to. */
class PrioritizedProperty {
  readonly _type: 'override' | 'order';
  readonly priority: number;
  readonly content: unknown;
  constructor(type: 'override' | 'order', priority: number, content: unknown) {
    this._type = type;
    this.priority = priority;
    this.content = content;
  }
}

class OverrideProperty extends PrioritizedProperty {}
class OrderProperty extends PrioritizedProperty {}

const CLASSES = {
  if: IfProperty,
  merge: MergeProperty,
  override: OverrideProperty,
  order: OrderProperty,
};
for (const [kind, propertyClass] of Object.entries(CLASSES)) {
  Object.defineProperties(propertyClass.prototype, {
    kind: { value: kind },
    [PROPERTY]: { value: true },
  });
  Object.freeze(propertyClass.prototype);
}

export const PROPERTY_PROTOTYPES: ReadonlySet<object> = new Set(
  Object.values(CLASSES).map((propertyClass) => propertyClass.prototype),
);

export function isProperty(value: unknown): value is ModuleProperty {
  return hasBrand(value, PROPERTY);
}

/** `mkIf cond content`: the condition (a boolean or a thunk) is only read when the content is needed. */
export function mkIf<T>(
  condition: boolean | Thunk<boolean>,
  content: T,
): ModuleProperty<PropertyContent<T>> {
  return new IfProperty(condition, content) as unknown as ModuleProperty<PropertyContent<T>>;
}

/** `mkMerge [ ... ]`: several definitions written in one place, kept in written order. */
export function mkMerge<T>(contents: readonly T[]): ModuleProperty<PropertyContent<T>> {
  return new MergeProperty(contents) as unknown as ModuleProperty<PropertyContent<T>>;
}

export function mkOverride<T>(priority: number, content: T): ModuleProperty<PropertyContent<T>> {
  return new OverrideProperty('override', priority, content) as unknown as ModuleProperty<
    PropertyContent<T>
  >;
}

export const mkOptionDefault = <T>(content: T) => mkOverride(priorities.optionDefault, content);
export const mkDefault = <T>(content: T) => mkOverride(priorities.default, content);
export const mkImageMediaOverride = <T>(content: T) =>
  mkOverride(priorities.imageMediaOverride, content);
export const mkForce = <T>(content: T) => mkOverride(priorities.force, content);
export const mkVMOverride = <T>(content: T) => mkOverride(priorities.vmOverride, content);

export function mkOrder<T>(priority: number, content: T): ModuleProperty<PropertyContent<T>> {
  return new OrderProperty('order', priority, content) as unknown as ModuleProperty<
    PropertyContent<T>
  >;
}

export const mkBefore = <T>(content: T) => mkOrder(orderPriorities.before, content);
export const mkAfter = <T>(content: T) => mkOrder(orderPriorities.after, content);

/** The value type a property carries: `mkForce(mkDefault(1))` carries a number. */
export type PropertyContent<T> =
  T extends ModuleProperty<infer Inner> ? Inner : T extends () => infer Result ? Result : T;
