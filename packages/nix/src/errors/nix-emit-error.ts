import type { ProblemWording } from './messages.js';

const emitErrorBrand = Symbol.for('cdknix.nix.NixEmitError');

/** Where a problem is: the path inside the value (`services.nginx.ports[0]`) and its source. */
export interface ProblemLocation {
  /** The path inside the value given to the emitter; `<root>` for the value itself. */
  readonly valuePath: string;
  /** `file:line` of the call that created the offending node, or the `source` the caller passed. */
  readonly source: string | undefined;
}

/**
 * The base of every error this package throws. Each kind is its own subclass with its own
 * `Symbol.for` brand, so `NonFiniteNumberError.is(error)` works even when two copies of the
 * package are installed (where `instanceof` would not).
 */
export abstract class NixEmitError extends Error {
  abstract readonly code: string;
  readonly valuePath: string;
  readonly source: string | undefined;
  readonly summary: string;
  readonly fix: string;
  /** Every problem found in the same pass, this one first. */
  problems: readonly NixEmitError[] = [this];

  constructor(wording: ProblemWording, location: ProblemLocation) {
    super(renderMessage(wording, location));
    this.valuePath = location.valuePath;
    this.source = location.source;
    this.summary = wording.summary;
    this.fix = wording.fix;
    Object.defineProperty(this, emitErrorBrand, { value: true });
  }

  static isNixEmitError(value: unknown): value is NixEmitError {
    return typeof value === 'object' && value !== null && emitErrorBrand in value;
  }
}

function renderMessage(wording: ProblemWording, location: ProblemLocation): string {
  const source = location.source ?? 'unknown (pass { source } to toNix to name it)';
  return [
    `cannot write ${location.valuePath} as Nix: ${wording.summary}`,
    `  source: ${source}`,
    `  fix: ${wording.fix}`,
  ].join('\n');
}

/** Adds the other problems of a pass to the first one's message and `problems` list. */
export function combineProblems(problems: readonly NixEmitError[]): NixEmitError {
  const [first, ...others] = problems;
  if (first === undefined) throw new RangeError('combineProblems needs at least one problem');
  first.problems = problems;
  if (others.length > 0) {
    const rest = others.map((problem) => `- ${problem.valuePath}: ${problem.summary}`);
    first.message = [first.message, `and ${others.length} more problem(s):`, ...rest].join('\n');
  }
  return first;
}
