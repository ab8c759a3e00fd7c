import type { TypeKind, TypeNode, TypeNodeOf } from '../parse/type-node.js';

/**
 * How faithfully an imported option's type follows the real one.
 * - `precise`: the evaluator checks and merges as Nix would;
 * - `approximate`: values are checked by a looser type (the reason says what is lost);
 * - `fallback`: part of the description did not parse, and that part accepts anything.
 */
export type Precision = 'precise' | 'approximate' | 'fallback';

export interface Assessment {
  readonly precision: Precision;
  readonly reasons: readonly string[];
}

const precise: Assessment = { precision: 'precise', reasons: [] };
const approximate = (reason: string): Assessment => ({
  precision: 'approximate',
  reasons: [reason],
});

type Assess<K extends TypeKind> = (node: TypeNodeOf<K>) => Assessment;

const assessors: { readonly [K in TypeKind]: Assess<K> } = {
  boolean: () => precise,
  integer: () => precise,
  float: () => precise,
  number: (node) =>
    node.range.kind === 'any' ? precise : approximate('number range is not checked'),
  string: () => precise,
  separatedString: () => precise,
  stringMatching: () => precise,
  enum: () => precise,
  null: () => precise,
  package: () => precise,
  path: (node) => (node.inStore ? approximate('store-path check is not made') : precise),
  anything: () => precise,
  attributeSet: () => precise,
  formatValue: () => precise,
  listOf: (node) =>
    worst([
      assessType(node.element),
      node.nonEmpty ? approximate('non-emptiness is not checked') : precise,
    ]),
  attributeSetOf: (node) => assessType(node.element),
  union: (node) => worst(node.members.map(assessType)),
  coercedTo: (node) =>
    worst([
      assessType(node.final),
      assessType(node.from),
      approximate('coercion function is not in the data: both forms are accepted as they are'),
    ]),
  submodule: (node) => (node.freeform === undefined ? precise : assessType(node.freeform)),
  function: () => precise,
  unknown: (node) => ({ precision: 'fallback', reasons: [`unparsed: ${node.text}`] }),
};

export function assessType(node: TypeNode): Assessment {
  const assess = assessors[node.kind] as Assess<typeof node.kind>;
  return assess(node as never);
}

const rank: Record<Precision, number> = { precise: 0, approximate: 1, fallback: 2 };

function worst(assessments: readonly Assessment[]): Assessment {
  let precision: Precision = 'precise';
  for (const assessment of assessments) {
    if (rank[assessment.precision] > rank[precision]) precision = assessment.precision;
  }
  const reasons = [...new Set(assessments.flatMap((assessment) => assessment.reasons))];
  return { precision, reasons };
}
