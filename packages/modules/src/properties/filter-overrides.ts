import { priorities } from '../priorities.js';
import type { Source } from '../source.js';
import { isProperty } from './property.js';

export interface DischargedDefinition {
  /** Forced to its outer shape by discharge. */
  value: unknown;
  source: Source;
  /** Override priority (100 for a plain definition). */
  priority: number;
  /** Order priority (1000 for a plain definition). */
  order: number;
}

function priorityOf(value: unknown): number {
  return isProperty(value) && value.kind === 'override' ? value.priority : priorities.plain;
}

/**
 * Keeps only the definitions with the winning (numerically lowest) override priority and
 * strips ONE level of `mkOverride` from them, as the reference does.
 */
export function filterOverrides(definitions: readonly { value: unknown; source: Source }[]): {
  winners: DischargedDefinition[];
  highestPriority: number;
} {
  let highestPriority = 9999;
  for (const definition of definitions)
    highestPriority = Math.min(highestPriority, priorityOf(definition.value));
  const winners: DischargedDefinition[] = [];
  for (const definition of definitions) {
    const priority = priorityOf(definition.value);
    if (priority !== highestPriority) continue;
    const value =
      isProperty(definition.value) && definition.value.kind === 'override'
        ? definition.value.content
        : definition.value;
    winners.push({ value, source: definition.source, priority, order: 1000 });
  }
  return { winners, highestPriority };
}
