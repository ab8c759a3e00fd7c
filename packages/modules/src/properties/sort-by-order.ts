import { orderPriorities } from '../priorities.js';
import { force } from '../values/thunk.js';
import type { DischargedDefinition } from './filter-overrides.js';
import { isProperty } from './property.js';

function byOrder(left: DischargedDefinition, right: DischargedDefinition): number {
  return left.order - right.order;
}

/**
 * Sorts definitions by `mkOrder` priority IN PLACE (stable: equal orders keep merge order;
 * `Array.prototype.sort` is stable) and strips one level of `mkOrder`. Values are forced to
 * their outer shape here, as the reference's `_type` test does.
 */
export function sortByOrder(definitions: DischargedDefinition[]): DischargedDefinition[] {
  let anyOrdered = false;
  for (let index = 0; index < definitions.length; index += 1) {
    const definition = definitions[index]!;
    const value = force(definition.value);
    if (isProperty(value) && value.kind === 'order') {
      anyOrdered = true;
      definition.value = value.content;
      definition.order = value.priority;
    } else {
      definition.value = value;
      definition.order = orderPriorities.plain;
    }
  }
  return anyOrdered ? definitions.sort(byOrder) : definitions;
}
