import { z } from 'zod';
import type { JsonSchema } from '../api.js';

/**
 * The JSON Schema of what a user may pass (`io: 'input'`: defaults make a field optional).
 * Values JSON Schema cannot express (functions, transforms' insides) become `{}`, any value.
 */
export function schemaOf(schema: z.ZodType | undefined): JsonSchema | null {
  if (schema === undefined) return null;
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}
