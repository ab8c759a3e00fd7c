import { printDirect } from './direct/direct-printer.js';
import { ValueLowerer } from './lower/value-lowerer.js';
import { printComments } from './print/comments.js';
import { printExpression } from './print/printer.js';
import type { NixValue } from './values/nix-value.js';

export interface ToNixOptions {
  /**
   * Where the value came from (`aspects/ai: src/claude-code.ts:12`), named by errors about plain
   * values. Nodes (wrappers, nix`…`, apply, …) name their own creation site.
   */
  readonly source?: string;
}

/**
 * A JS value as one Nix expression, in nixfmt style, without a trailing line break.
 * Deterministic: the same value always gives the same text. Throws a NixEmitError (naming the
 * value path, the source and the fix) for values Nix cannot represent.
 *
 * @example toNix({ programs: { git: { enable: true } } }) // '{\n  programs.git.enable = true;\n}'
 */
export function toNix(value: NixValue, options: ToNixOptions = {}): string {
  return printDirect(value) ?? printLowered(value, options.source);
}

/**
 * The general path: lower into the syntax model, then print. `printDirect` gives the same bytes
 * for plain data, faster; this path also reports every problem (docs/decisions/0104).
 */
export function printLowered(value: NixValue, source: string | undefined): string {
  const { expression, comments } = new ValueLowerer(source).lowerRoot(value);
  return printComments(comments, '') + printExpression(expression, '');
}
