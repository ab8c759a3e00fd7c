import type { CallSite } from '../errors/call-site.js';
import type { ProblemWording } from '../errors/messages.js';
import type { NixEmitError, ProblemLocation } from '../errors/nix-emit-error.js';
import type { Binding, Expression } from '../syntax/expression.js';

/** An error class for one kind of problem (NonFiniteNumberError, ...). */
export type ProblemKind = new (wording: ProblemWording, location: ProblemLocation) => NixEmitError;

/**
 * What a Nix node may ask of the lowering pass while it turns itself into syntax. The pass keeps
 * the value path (for errors), the creation sites of enclosing nodes, and pending comments.
 */
export interface Lowerer {
  /** Lowers a value at the current value path. */
  value(value: unknown): Expression;
  /** Lowers a value one step deeper in the value path (`segment` is an attribute or an index). */
  child(value: unknown, segment: string | number): Expression;
  /** Lowers the attributes of a plain object into sorted, collapsed bindings (for `let`). */
  bindings(attributes: object): Binding[];
  /** Returns `text` after checking that Nix can hold it (no NUL, no lone surrogate). */
  text(text: string, description: string): string;
  /** Records a problem at the current value path; lowering goes on to find the others. */
  report(kind: ProblemKind, wording: ProblemWording): void;
  /** Attaches a comment to the nearest enclosing binding or list element. */
  comment(text: string): void;
  /** Runs `lower` with `site` as the source named by problems found inside. */
  within<T>(site: CallSite, lower: () => T): T;
}
