import type { Source } from '../source.js';

export interface DischargedDefinition {
  /** Forced to its outer shape by discharge (and by `sortByOrder` once ordered). */
  value: unknown;
  source: Source;
  /** Override priority (100 for a plain definition). */
  priority: number;
  /** Order priority (1000 for a plain definition); set by `sortByOrder`. */
  order: number;
  /** The `mkOverride` property the value was unwrapped from, if any. */
  override: unknown;
}

/**
 * Keeps only the definitions with the winning (numerically lowest) override priority, IN
 * PLACE (the pipeline owns the array), and returns that priority (9999 when there is none).
 * `dischargeInto` has already stripped one level of `mkOverride`, as the reference does for
 * the winners.
 */
export function filterOverrides(definitions: DischargedDefinition[]): number {
  let highestPriority = 9999;
  for (let index = 0; index < definitions.length; index += 1)
    highestPriority = Math.min(highestPriority, definitions[index]!.priority);
  let kept = 0;
  for (let index = 0; index < definitions.length; index += 1) {
    const definition = definitions[index]!;
    if (definition.priority === highestPriority) definitions[kept++] = definition;
  }
  definitions.length = kept;
  return highestPriority;
}
