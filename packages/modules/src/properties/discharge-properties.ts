import { ConditionError } from '../errors/errors.js';
import { orderPriorities, priorities } from '../priorities.js';
import type { Source } from '../source.js';
import type { AtPath } from '../values/attribute-path.js';
import { force } from '../values/thunk.js';
import type { DischargedDefinition } from './filter-overrides.js';
import { isProperty } from './property.js';

/**
 * Interprets `mkMerge` and `mkIf` in one definition (forcing it to its outer shape only):
 * `mkMerge [ 1 (mkIf true 2) (mkIf false 3) ]` gives `[ 1 2 ]`. `mkOverride` and `mkOrder`
 * are left in place for the later stages, and an `mkIf` nested inside them is NOT
 * discharged, as in the reference.
 */
export function dischargeProperties(
  value: unknown,
  path: readonly string[],
  source: Source,
): unknown[] {
  const discharged: DischargedDefinition[] = [];
  dischargeInto(value, { path }, source, discharged);
  return discharged.map((definition) =>
    definition.override === undefined ? definition.value : definition.override,
  );
}

/**
 * `dischargeInto` for a definition the pipeline owns (see `Definition`): a plain value keeps
 * its object, which becomes the discharged entry; a property is interpreted as usual.
 */
export function dischargeDefinition(
  definition: DischargedDefinition,
  at: AtPath,
  into: DischargedDefinition[],
): void {
  const forced = force(definition.value);
  if (isProperty(forced)) dischargeInto(forced, at, definition.source, into);
  else into.push(asPlainEntry(definition, forced));
}

/** `definition`, made the discharged entry of its plain (already forced) `value`. */
export function asPlainEntry(
  definition: DischargedDefinition,
  value: unknown,
): DischargedDefinition {
  definition.value = value;
  definition.priority = priorities.plain;
  definition.order = orderPriorities.plain;
  definition.override = undefined;
  return definition;
}

/**
 * The pipeline's form of `dischargeProperties`: each surviving value is pushed as a
 * definition with its override priority, ONE level of `mkOverride` already stripped (which is
 * all `filterOverrides` strips from the winners), so that no stage allocates again. `at`
 * gives the option path, read only for an error.
 */
export function dischargeInto(
  value: unknown,
  at: AtPath,
  source: Source,
  into: DischargedDefinition[],
): void {
  const forced = force(value);
  if (!isProperty(forced)) {
    into.push({ value: forced, source, priority: priorities.plain, order: 0, override: undefined });
    return;
  }
  switch (forced.kind) {
    case 'merge':
      for (const content of forced.contents) dischargeInto(content, at, source, into);
      return;
    case 'if': {
      const condition = force(forced.condition);
      if (typeof condition !== 'boolean') throw new ConditionError(at.path, source, condition);
      if (condition) dischargeInto(forced.content, at, source, into);
      return;
    }
    case 'override':
      into.push({
        value: forced.content,
        source,
        priority: forced.priority,
        order: 0,
        override: forced,
      });
      return;
    case 'order':
      into.push({
        value: forced,
        source,
        priority: priorities.plain,
        order: 0,
        override: undefined,
      });
      return;
  }
}
