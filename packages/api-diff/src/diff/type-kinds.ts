import type { TypeShape } from '../api.js';

/** Whether `newer` accepts every configuration `older` accepts, with the same meaning. */
export type Accepts = (newer: TypeShape, older: TypeShape) => boolean;

/**
 * What api-diff knows of one option type family. A family not listed here compares by
 * equality of its whole shape (name, parameters, element types): any difference is a change
 * of type that no rule can call compatible, which is the safe answer (a major bump).
 */
export interface TypeKind {
  /** Human text, close to the evaluator's descriptions: `list of string`. */
  render(shape: TypeShape, render: (shape: TypeShape) => string): string;
  /** Whether `shape` accepts every configuration of `older` (`older` is never a union). */
  accepts?(shape: TypeShape, older: TypeShape, accepts: Accepts): boolean;
  /** Whether `shape` accepts this literal value (an enum member of an older type). */
  acceptsValue?(shape: TypeShape, value: unknown): boolean;
}

const named =
  (...names: string[]) =>
  (_shape: TypeShape, older: TypeShape) =>
    names.includes(older.name);

/** Containers (`listOf`, `attrsOf`, `unique`): the same family over an accepting element type. */
const sameElement = (shape: TypeShape, older: TypeShape, accepts: Accepts): boolean =>
  older.name === shape.name &&
  shape.elementType !== undefined &&
  older.elementType !== undefined &&
  accepts(shape.elementType, older.elementType);

const universal: TypeKind = {
  render: (shape) => (shape.name === 'unspecified' ? 'unspecified value' : shape.name),
  accepts: () => true,
  acceptsValue: () => true,
};

const stringValue = (_shape: TypeShape, value: unknown) => typeof value === 'string';
const plainStrings = ['str', 'strMatching', 'nonEmptyStr'];

function bounds(shape: TypeShape): [number, number] {
  return [
    typeof shape.lowest === 'number' ? shape.lowest : Number.NEGATIVE_INFINITY,
    typeof shape.highest === 'number' ? shape.highest : Number.POSITIVE_INFINITY,
  ];
}

function renderInt(shape: TypeShape): string {
  const [lowest, highest] = bounds(shape);
  if (lowest === Number.NEGATIVE_INFINITY) return 'signed integer';
  if (highest >= Number.MAX_SAFE_INTEGER) return `integer >= ${lowest}`;
  return `integer between ${lowest} and ${highest}`;
}

const show = (value: unknown) => JSON.stringify(value);

export const typeKinds: Readonly<Record<string, TypeKind>> = {
  anything: universal,
  raw: universal,
  unspecified: universal,
  permissive: universal,
  bool: {
    render: () => 'boolean',
    accepts: named('bool'),
    acceptsValue: (_shape, value) => typeof value === 'boolean',
  },
  int: {
    render: renderInt,
    accepts: (shape, older) => {
      if (older.name !== 'int') return false;
      const [lowest, highest] = bounds(shape);
      const [olderLowest, olderHighest] = bounds(older);
      return lowest <= olderLowest && olderHighest <= highest;
    },
    acceptsValue: (shape, value) => {
      const [lowest, highest] = bounds(shape);
      return Number.isInteger(value) && (value as number) >= lowest && (value as number) <= highest;
    },
  },
  float: {
    render: () => 'floating point number',
    accepts: named('float'),
    acceptsValue: (_shape, value) => typeof value === 'number' && !Number.isInteger(value),
  },
  number: {
    render: () => 'signed integer or floating point number',
    accepts: named('int', 'float', 'number'),
    acceptsValue: (_shape, value) => typeof value === 'number',
  },
  str: { render: () => 'string', accepts: named(...plainStrings), acceptsValue: stringValue },
  nonEmptyStr: {
    render: () => 'non-empty string',
    accepts: named('nonEmptyStr'),
    acceptsValue: (_shape, value) => typeof value === 'string' && value.trim() !== '',
  },
  strMatching: {
    render: (shape) => `string matching the pattern ${String(shape.pattern)}`,
    // POSIX patterns are not compared: only the same pattern is known to accept the same strings.
    accepts: (shape, older) => older.name === 'strMatching' && older.pattern === shape.pattern,
  },
  separatedString: {
    render: (shape) => `strings joined with ${show(shape.separator)}`,
    // `str` conflicts on two different definitions where a separated string joins them: every
    // configuration valid before means the same after, so `str` -> `lines` widens.
    accepts: (shape, older) =>
      plainStrings.includes(older.name) ||
      (older.name === 'separatedString' && older.separator === shape.separator),
    acceptsValue: stringValue,
  },
  enum: {
    render: (shape) => `one of ${((shape.members as unknown[]) ?? []).map(show).join(', ')}`,
    acceptsValue: (shape, value) => ((shape.members as unknown[]) ?? []).includes(value),
  },
  listOf: {
    render: (shape, render) => `list of ${render(shape.elementType!)}`,
    accepts: sameElement,
  },
  attrsOf: {
    render: (shape, render) => `attribute set of ${render(shape.elementType!)}`,
    accepts: sameElement,
  },
  lazyAttrsOf: {
    render: (shape, render) => `lazy attribute set of ${render(shape.elementType!)}`,
    accepts: sameElement,
  },
  unique: {
    render: (shape, render) => `${render(shape.elementType!)} (a single definition)`,
    accepts: sameElement,
  },
  attrs: {
    render: () => 'attribute set',
    accepts: named('attrs', 'attrsOf', 'lazyAttrsOf'),
    acceptsValue: (_shape, value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value),
  },
  submodule: {
    // The options inside are compared one by one, as options of their own.
    render: () => 'submodule',
    accepts: named('submodule'),
  },
  nullOr: { render: (shape, render) => `null or ${render(shape.elementType!)}` },
  either: {
    render: (shape, render) => (shape.types ?? []).map(render).join(' or '),
  },
  null: {
    render: () => 'null',
    accepts: named('null'),
    acceptsValue: (_s, value) => value === null,
  },
  package: { render: () => 'package' },
  path: { render: () => 'absolute path' },
  function: { render: () => 'function' },
  deferredModule: { render: () => 'module' },
};
