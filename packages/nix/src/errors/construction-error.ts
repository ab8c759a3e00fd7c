import type { ProblemKind } from '../lower/lowerer.js';
import type { CallSite } from './call-site.js';
import type { ProblemWording } from './messages.js';
import type { NixEmitError } from './nix-emit-error.js';

/**
 * An error found while a node is being built (`ref('if')`, `path('~/x')`): the value path is
 * the call itself, and the source is the caller's line.
 */
export function constructionError(
  kind: ProblemKind,
  wording: ProblemWording,
  call: string,
  site: CallSite,
): NixEmitError {
  return new kind(wording, { valuePath: call, source: site.describe() });
}
