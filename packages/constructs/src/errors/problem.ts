/**
 * One thing wrong (or worth a warning) with a fleet, found while validating or synthesizing.
 * Problems are data: synth gathers every problem of every host in one run and renders them
 * in one place (`renderProblems`).
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** A short machine-readable kind: `props`, `class`, `role-cardinality`, `evaluation`, ... */
  kind: string;
  /** Construct path (`fleet/stibnite/aspects/homebrew`) or host name the problem belongs to. */
  path: string;
  message: string;
  /** Where the user wrote the thing at fault, as `package: file:line` labels. */
  sites: string[];
  /** The fix, when one is known. */
  hint?: string;
}

const problemBrand = Symbol.for('@cdknix/constructs.ProblemsError');

/** Thrown when synth found errors; carries every problem, rendered by `renderProblems`. */
export class ProblemsError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(renderProblems(problems));
    this.name = 'ProblemsError';
    this.problems = problems;
    Object.defineProperty(this, problemBrand, { value: true });
  }

  static is(value: unknown): value is ProblemsError {
    return typeof value === 'object' && value !== null && problemBrand in value;
  }
}

export function renderProblem(problem: Problem): string {
  const lines = [`${problem.severity}: ${problem.path}: ${problem.message}`];
  for (const site of problem.sites) lines.push(`  defined at ${site}`);
  if (problem.hint) lines.push(`  fix: ${problem.hint}`);
  return lines.join('\n');
}

export function renderProblems(problems: readonly Problem[]): string {
  return problems.map(renderProblem).join('\n');
}

/**
 * One broken definition fails every option that reads it, and one conflict shows on every host
 * that has it: report each problem once per host.
 */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path.split(':')[0]}\u0000${problem.severity}\u0000${problem.message}\u0000${problem.sites.join()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
