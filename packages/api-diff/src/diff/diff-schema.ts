import type { JsonSchema } from '../api.js';
import { canonicalJson } from '../snapshot/canonical-json.js';
import { type ApiChange, apiChange } from './api-change.js';
import { defaultChange } from './diff-options.js';
import { pairRenames } from './pair-renames.js';
import { renderSchema } from './render-schema.js';
import { schemaAccepts, withoutAnnotations } from './schema-accepts.js';

type Schema = Record<string, any>;

/** No props at all reads as an object without properties: adding optional props is then minor. */
const noProperties: JsonSchema = { type: 'object', properties: {} };

/**
 * The changes between two versions of a zod schema (props, service settings), as JSON
 * Schema of the input: object properties one by one (added, removed, renamed, now required
 * or optional, default, description), array items and record values below them, and any
 * other change as narrowed, widened or incompatible.
 */
export function diffSchema(
  path: string,
  older: JsonSchema | null,
  newer: JsonSchema | null,
): ApiChange[] {
  const changes: ApiChange[] = [];
  diffNode(path, older ?? noProperties, newer ?? noProperties, changes);
  return changes;
}

function diffNode(path: string, older: Schema, newer: Schema, changes: ApiChange[]): void {
  const annotated = defaultChange(path, older, newer);
  if (annotated !== undefined) changes.push(annotated);
  if (older.description !== newer.description)
    changes.push(apiChange('description-changed', path, 'description changed'));
  // Properties and array items are compared one by one below; the rest of the node as a whole.
  const nested = ['properties', 'required', 'items'] as const;
  if (isObject(older) && isObject(newer)) diffProperties(path, older, newer, changes);
  else if (older.items !== undefined && newer.items !== undefined)
    diffNode(`${path}.*`, older.items, newer.items, changes);
  else {
    compareWhole(path, older, newer, changes);
    return;
  }
  compareWhole(path, omit(older, nested), omit(newer, nested), changes);
}

function isObject(schema: Schema): boolean {
  return schema.type === 'object' && schema.properties !== undefined;
}

function omit(schema: Schema, keywords: readonly string[]): Schema {
  return Object.fromEntries(
    Object.entries(schema).filter(([keyword]) => !keywords.includes(keyword)),
  );
}

function compareWhole(path: string, older: Schema, newer: Schema, changes: ApiChange[]): void {
  const forward = schemaAccepts(newer, older);
  const backward = schemaAccepts(older, newer);
  if (forward && backward) return;
  const shown = `${renderSchema(older)} -> ${renderSchema(newer)}`;
  if (forward) changes.push(apiChange('type-widened', path, `type widened: ${shown}`));
  else if (backward) changes.push(apiChange('type-narrowed', path, `type narrowed: ${shown}`));
  else changes.push(apiChange('type-changed', path, `type changed incompatibly: ${shown}`));
}

function diffProperties(path: string, older: Schema, newer: Schema, changes: ApiChange[]): void {
  const olderProperties: Schema = older.properties;
  const newerProperties: Schema = newer.properties;
  const olderRequired = new Set<string>(older.required ?? []);
  const newerRequired = new Set<string>(newer.required ?? []);
  const signature = (schema: Schema, required: boolean) =>
    canonicalJson({ schema: withoutAnnotations(schema), default: schema.default, required });
  const removed = new Map(
    Object.keys(olderProperties)
      .filter((name) => !(name in newerProperties))
      .map((name) => [name, signature(olderProperties[name], olderRequired.has(name))]),
  );
  const added = new Map(
    Object.keys(newerProperties)
      .filter((name) => !(name in olderProperties))
      .map((name) => [name, signature(newerProperties[name], newerRequired.has(name))]),
  );
  const renames = pairRenames(removed, added);
  const renamedTo = new Set(renames.values());
  for (const name of removed.keys()) {
    const shown = renderSchema(olderProperties[name]);
    const to = renames.get(name);
    changes.push(
      to === undefined
        ? apiChange('removed', `${path}.${name}`, `removed (was ${shown})`)
        : apiChange('renamed', `${path}.${name}`, `renamed to ${path}.${to} (${shown})`),
    );
  }
  for (const name of added.keys()) {
    if (renamedTo.has(name)) continue;
    const shown = renderSchema(newerProperties[name]);
    changes.push(
      newerRequired.has(name)
        ? apiChange(
            'added-required',
            `${path}.${name}`,
            `added, required (${shown}): every use must pass it`,
          )
        : apiChange('added', `${path}.${name}`, `added, optional (${shown})`),
    );
  }
  for (const name of Object.keys(olderProperties)) {
    if (!(name in newerProperties)) continue;
    const property = `${path}.${name}`;
    if (olderRequired.has(name) && !newerRequired.has(name))
      changes.push(apiChange('now-optional', property, 'now optional'));
    if (!olderRequired.has(name) && newerRequired.has(name))
      changes.push(apiChange('now-required', property, 'now required: every use must pass it'));
    diffNode(property, olderProperties[name], newerProperties[name], changes);
  }
}
