import { orderPriorities } from '../priorities.js';
import { force } from '../values/thunk.js';
import type { DischargedDefinition } from './filter-overrides.js';
import { isProperty } from './property.js';

/**
 * Sorts definitions by `mkOrder` priority (stable: equal orders keep merge order) and strips
 * one level of `mkOrder`. Values are forced to their outer shape here, as the reference's
 * `_type` test does.
 */
export function sortByOrder(definitions: readonly DischargedDefinition[]): DischargedDefinition[] {
  let anyOrdered = false;
  const stripped = definitions.map((definition) => {
    const value = force(definition.value);
    if (isProperty(value) && value.kind === 'order') {
      anyOrdered = true;
      return { ...definition, value: value.content, order: value.priority };
    }
    return { ...definition, value, order: orderPriorities.plain };
  });
  if (!anyOrdered) return stripped;
  return stripped
    .map((definition, index) => ({ definition, index }))
    .sort(
      (left, right) => left.definition.order - right.definition.order || left.index - right.index,
    )
    .map(({ definition }) => definition);
}
