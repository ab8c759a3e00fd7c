import { compareAttributeNames } from '../syntax/attribute-order.js';
import type { AttributeBinding, Binding } from '../syntax/expression.js';
import { NixReference } from '../values/reference.js';
import { isPlainObject } from './plain-object.js';
import type { ValueLowerer } from './value-lowerer.js';

/**
 * The bindings of a plain object, sorted by name (code point order, see attribute-order.ts).
 * A chain of objects with one attribute each is written as one dotted path:
 * `{ programs: { git: { enable: true } } }` becomes `programs.git.enable = true;`. Only such
 * chains are merged, so no two bindings can share a prefix, and the value means the same.
 */
export function lowerAttributes(
  lowerer: ValueLowerer,
  attributes: Record<string, unknown>,
): Binding[] {
  const names = definedNames(attributes).sort(compareAttributeNames);
  const bindings: Binding[] = new Array(names.length);
  for (let index = 0; index < names.length; index++) {
    const name = names[index] as string;
    bindings[index] = lowerBinding(lowerer, name, attributes[name]);
  }
  return bindings;
}

/** One binding `name = value;`, its value's chain of one-attribute objects collapsed into a dotted path. */
export function lowerBinding(lowerer: ValueLowerer, name: string, value: unknown): Binding {
  const path = [name];
  let entered: object[] | undefined;
  lowerer.pushSegment(name);
  lowerer.text(name, 'an attribute name');
  let current = value;
  let onlyName = onlyDefinedName(current);
  while (onlyName !== undefined) {
    const container = current as Record<string, unknown>;
    if (!lowerer.enter(container)) break;
    entered ??= [];
    entered.push(container);
    path.push(onlyName);
    lowerer.pushSegment(onlyName);
    lowerer.text(onlyName, 'an attribute name');
    current = container[onlyName];
    onlyName = onlyDefinedName(current);
  }
  const binding = isInheritOf(name, path, current)
    ? ({ kind: 'inherit', name, comments: [] } as const)
    : lowerValueBinding(lowerer, path, current);
  if (entered !== undefined) for (const container of entered) lowerer.leave(container);
  lowerer.popSegments(path.length);
  return binding;
}

function lowerValueBinding(
  lowerer: ValueLowerer,
  path: readonly string[],
  value: unknown,
): AttributeBinding {
  const { expression, comments } = lowerer.withComments(value);
  return { kind: 'attribute', path, value: expression, comments };
}

/** `{ name: ref('name') }` is `inherit name;` (in a `let`, `name = name;` would refer to itself). */
function isInheritOf(name: string, path: readonly string[], value: unknown): boolean {
  return (
    path.length === 1 &&
    NixReference.isReference(value) &&
    value.segments.length === 0 &&
    value.root === name
  );
}

function definedNames(attributes: Record<string, unknown>): string[] {
  const names = Object.keys(attributes);
  for (const name of names)
    if (attributes[name] === undefined)
      return names.filter((each) => attributes[each] !== undefined);
  return names;
}

/** The one attribute name of a plain object that has exactly one, else undefined. */
function onlyDefinedName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainObject(value))
    return undefined;
  const names = definedNames(value);
  return names.length === 1 ? names[0] : undefined;
}
