import { type DeclarationInfo, evalModules, isOptionType } from '@cdknix/modules';
import type { OptionApi } from '../api.js';
import { describeType } from './describe-type.js';
import { toApiValue } from './to-api-value.js';

/** A leaf of an evaluation's `options` view: its declaration and where it is (`loc`). */
type DeclaredOption = DeclarationInfo & { readonly loc: readonly string[] };

function isDeclaredOption(value: unknown): value is DeclaredOption {
  const entry = value as Partial<DeclaredOption> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    isOptionType(entry.type) &&
    Array.isArray(entry.loc)
  );
}

/**
 * The options an aspect declares, by path (`extraAliases`, `servers.<name>.port`): declared in
 * a module of their own, so nested groups and `mkOption` leaves read as the evaluator reads
 * them. Options below a submodule option (`attrsOf (submodule ...)`) are listed too, under the
 * path the evaluator documents them with (`<name>` for attribute sets, `*` for lists).
 * Internal options (`internal: true`), and the options below them, are not API: fleets are not
 * meant to set them, so they are left out.
 */
export function snapshotOptions(options: Record<string, unknown>): Record<string, OptionApi> {
  const declared = evalModules({ modules: [{ options }] }).options;
  const snapshot: Record<string, OptionApi> = {};
  collectOptions(declared, snapshot);
  return snapshot;
}

function collectOptions(view: Record<string, unknown>, into: Record<string, OptionApi>): void {
  for (const name of Object.keys(view)) {
    const entry = view[name];
    if (!isDeclaredOption(entry)) {
      if (typeof entry === 'object' && entry !== null)
        collectOptions(entry as Record<string, unknown>, into);
      continue;
    }
    if (entry.internal) continue;
    into[optionPath(entry.loc)] = {
      type: describeType(entry.type),
      ...('default' in entry ? { default: toApiValue(entry.default) } : {}),
      description: entry.description ?? null,
      readOnly: entry.readOnly,
    };
    collectOptions(entry.type.getSubOptions?.(entry.loc) ?? {}, into);
  }
}

/** `servers.<name>.port`: names quoted as in Nix when needed, except the placeholders. */
export function optionPath(loc: readonly string[]): string {
  return loc
    .map((name) =>
      /^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name) || name === '<name>' || name === '*'
        ? name
        : JSON.stringify(name),
    )
    .join('.');
}
