import { isDeepStrictEqual } from 'node:util';
import type { TypeShape } from '../api.js';
import { typeKinds } from './type-kinds.js';

/**
 * How a type changed, seen from the configurations users wrote: `widened` when every
 * configuration valid before is still valid and means the same (and some new ones are),
 * `narrowed` the other way round, `incompatible` when neither holds.
 */
export type TypeRelation = 'equal' | 'widened' | 'narrowed' | 'incompatible';

export function compareTypes(older: TypeShape, newer: TypeShape): TypeRelation {
  const forward = accepts(newer, older);
  const backward = accepts(older, newer);
  if (forward && backward) return 'equal';
  if (forward) return 'widened';
  if (backward) return 'narrowed';
  return 'incompatible';
}

/**
 * Unions (`either`, `nullOr`, `enum`) are read as their alternatives: `newer` accepts `older`
 * when each alternative of `older` is accepted by some alternative of `newer`. So
 * `enum ["a"]` -> `enum ["a" "b"]` widens, `str` -> `nullOr str` widens, and
 * `either int str` -> `int` narrows.
 */
export function accepts(newer: TypeShape, older: TypeShape): boolean {
  const candidates = alternatives(newer);
  return alternatives(older).every((alternative) =>
    candidates.some((candidate) => acceptsOne(candidate, alternative)),
  );
}

type Alternative = TypeShape | { readonly name: 'literal'; readonly value: unknown };

function alternatives(shape: TypeShape): Alternative[] {
  if (shape.name === 'either') return (shape.types ?? []).flatMap(alternatives);
  if (shape.name === 'nullOr' && shape.elementType !== undefined)
    return [{ name: 'null' }, ...alternatives(shape.elementType)];
  if (shape.name === 'enum')
    return ((shape.members as unknown[]) ?? []).map((value) => ({ name: 'literal', value }));
  return [shape];
}

function acceptsOne(newer: Alternative, older: Alternative): boolean {
  if (newer.name === 'literal') return older.name === 'literal' && older.value === newer.value;
  const kind = typeKinds[newer.name];
  if (older.name === 'literal') return kind?.acceptsValue?.(newer, older.value) ?? false;
  // `unique` only limits how many definitions there may be: dropping it widens.
  if (older.name === 'unique' && newer.name !== 'unique' && older.elementType !== undefined)
    return accepts(newer, older.elementType);
  return kind?.accepts === undefined
    ? isDeepStrictEqual(newer, older)
    : kind.accepts(newer, older, accepts);
}

export function renderType(shape: TypeShape): string {
  const kind = typeKinds[shape.name];
  return kind === undefined ? shape.name : kind.render(shape, renderType);
}
