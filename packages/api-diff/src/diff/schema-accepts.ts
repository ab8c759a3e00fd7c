import { isDeepStrictEqual } from 'node:util';
import type { JsonSchema } from '../api.js';

/** Keywords that document a schema without changing what it accepts. */
const annotations = ['description', 'default', 'title', 'examples', '$comment', 'deprecated'];

/** A schema without its annotations, at every depth (for equality). */
export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([keyword]) => !annotations.includes(keyword))
      .map(([keyword, value]) => [
        keyword,
        // Under `properties` the keys are property names, not keywords.
        keyword === 'properties' ? mapValues(value, withoutAnnotations) : withoutAnnotations(value),
      ]),
  );
}

function mapValues(record: unknown, map: (value: unknown) => unknown): unknown {
  return Object.fromEntries(
    Object.entries(record as object).map(([name, value]) => [name, map(value)]),
  );
}

type Schema = Record<string, any>;

/**
 * Whether every value `older` accepts is accepted by `newer`, for the JSON Schemas zod writes
 * (types, enum/const, string patterns and lengths, number bounds, arrays, objects, anyOf).
 * Sound, not complete: when it cannot tell it answers false, which asks for a major bump.
 */
export function schemaAccepts(newer: JsonSchema, older: JsonSchema): boolean {
  const next = withoutAnnotations(newer) as Schema;
  const previous = withoutAnnotations(older) as Schema;
  if (Object.keys(next).length === 0 || isDeepStrictEqual(next, previous)) return true;
  const previousBranches = previous.anyOf ?? previous.oneOf;
  if (Array.isArray(previousBranches))
    return previousBranches.every((branch: JsonSchema) => schemaAccepts(next, branch));
  const nextBranches = next.anyOf ?? next.oneOf;
  if (Array.isArray(nextBranches))
    return nextBranches.some((branch: JsonSchema) => schemaAccepts(branch, previous));
  const values = 'const' in previous ? [previous.const] : previous.enum;
  if (Array.isArray(values)) return values.every((value) => valueMatches(next, value));
  if ('const' in next || 'enum' in next) return false;
  return keywordsAccept(next, previous);
}

const handled = new Set([
  'type',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'items',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'additionalProperties',
]);

function keywordsAccept(next: Schema, previous: Schema): boolean {
  const nextTypes = typesOf(next);
  const previousTypes = typesOf(previous);
  if (nextTypes !== undefined) {
    if (previousTypes === undefined) return false;
    const covered = previousTypes.every(
      (type) => nextTypes.includes(type) || (type === 'integer' && nextTypes.includes('number')),
    );
    if (!covered) return false;
  }
  for (const keyword of new Set([...Object.keys(next), ...Object.keys(previous)]))
    if (!handled.has(keyword) && !isDeepStrictEqual(next[keyword], previous[keyword])) return false;
  return (
    sameOrAbsent(next.pattern, previous.pattern) &&
    sameOrAbsent(next.format, previous.format) &&
    (next.minLength ?? 0) <= (previous.minLength ?? 0) &&
    (next.maxLength ?? Infinity) >= (previous.maxLength ?? Infinity) &&
    (next.minItems ?? 0) <= (previous.minItems ?? 0) &&
    (next.maxItems ?? Infinity) >= (previous.maxItems ?? Infinity) &&
    lowerBound(next) <= lowerBound(previous) &&
    upperBound(next) >= upperBound(previous) &&
    (next.items === undefined || schemaAccepts(next.items, previous.items ?? {})) &&
    objectAccepts(next, previous)
  );
}

function objectAccepts(next: Schema, previous: Schema): boolean {
  const nextRequired: string[] = next.required ?? [];
  const previousRequired: string[] = previous.required ?? [];
  if (!nextRequired.every((name) => previousRequired.includes(name))) return false;
  const nextProperties: Schema = next.properties ?? {};
  const previousProperties: Schema = previous.properties ?? {};
  // A property that is gone no longer does anything: not the same meaning.
  if (Object.keys(previousProperties).some((name) => !(name in nextProperties))) return false;
  for (const [name, schema] of Object.entries(nextProperties))
    if (name in previousProperties && !schemaAccepts(schema, previousProperties[name]))
      return false;
  if (next.additionalProperties === undefined) return true;
  if (next.additionalProperties === false) return previous.additionalProperties === false;
  if (previous.additionalProperties === false) return true;
  return schemaAccepts(next.additionalProperties, previous.additionalProperties ?? {});
}

function sameOrAbsent(next: unknown, previous: unknown): boolean {
  return next === undefined || next === previous;
}

function typesOf(schema: Schema): string[] | undefined {
  if (schema.type === undefined) return undefined;
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** Bounds as numbers; an exclusive bound sits just inside (numbers differ by at least that). */
function lowerBound(schema: Schema): number {
  if (typeof schema.exclusiveMinimum === 'number') return schema.exclusiveMinimum + Number.EPSILON;
  return typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
}

function upperBound(schema: Schema): number {
  if (typeof schema.exclusiveMaximum === 'number') return schema.exclusiveMaximum - Number.EPSILON;
  return typeof schema.maximum === 'number' ? schema.maximum : Infinity;
}

/** Whether one value (an enum member of the older schema) is valid under `schema`. */
function valueMatches(schema: Schema, value: unknown): boolean {
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches))
    return branches.some((branch: Schema) => valueMatches(branch, value));
  if ('const' in schema) return isDeepStrictEqual(schema.const, value);
  if (Array.isArray(schema.enum))
    return schema.enum.some((member: unknown) => isDeepStrictEqual(member, value));
  const types = typesOf(schema);
  if (types !== undefined && !types.some((type) => hasType(value, type))) return false;
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return false;
    if (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity))
      return false;
  }
  if (typeof value === 'number' && (value < lowerBound(schema) || value > upperBound(schema)))
    return false;
  return Object.keys(schema).every((keyword) => handled.has(keyword) || keyword === 'type');
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}
