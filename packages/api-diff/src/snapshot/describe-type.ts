import type { OptionType } from '@cdknix/modules';
import type { TypeShape } from '../api.js';

/**
 * An option type as data: family name, parameters (`payload`) and element types by role.
 * A type with `left` and `right` (`either`, and `oneOf` built from it) is flattened into the
 * list of its alternatives, so `oneOf [int bool str]` and `either (either int bool) str` read
 * the same.
 */
export function describeType(type: OptionType): TypeShape {
  const { left, right, ...elements } = type.nestedTypes;
  if (left !== undefined && right !== undefined)
    return { name: 'either', types: [...alternatives(left), ...alternatives(right)] };
  return {
    ...type.payload,
    name: type.name,
    ...Object.fromEntries(
      Object.entries(elements).map(([role, element]) => [role, describeType(element)]),
    ),
  };
}

function alternatives(type: OptionType): TypeShape[] {
  const shape = describeType(type);
  return shape.name === 'either' && shape.types !== undefined ? [...shape.types] : [shape];
}
