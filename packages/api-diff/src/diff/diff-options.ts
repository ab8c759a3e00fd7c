import { isDeepStrictEqual } from 'node:util';
import type { OptionApi } from '../api.js';
import { canonicalJson } from '../snapshot/canonical-json.js';
import { type ApiChange, apiChange } from './api-change.js';
import { compareTypes, renderType } from './compare-types.js';
import { pairRenames } from './pair-renames.js';

const showValue = (value: unknown) => JSON.stringify(value);

function summary(option: OptionApi): string {
  const type = renderType(option.type);
  return 'default' in option ? `${type}, default ${showValue(option.default)}` : type;
}

/** What the rename detection compares: type and default, not the description. */
function signature(option: OptionApi): string {
  return canonicalJson({ type: option.type, default: option.default ?? '<no default>' });
}

/**
 * The changes between two versions of an aspect's options (`prefix` is `aspects.<name>`).
 * Options below an added or removed submodule option are not listed again.
 */
export function diffOptions(
  prefix: string,
  older: Readonly<Record<string, OptionApi>>,
  newer: Readonly<Record<string, OptionApi>>,
): ApiChange[] {
  const changes: ApiChange[] = [];
  const removed = new Map(
    Object.keys(older)
      .filter((path) => !(path in newer))
      .map((path) => [path, signature(older[path]!)]),
  );
  const added = new Map(
    Object.keys(newer)
      .filter((path) => !(path in older))
      .map((path) => [path, signature(newer[path]!)]),
  );
  const renames = pairRenames(removed, added);
  const renamedTo = new Set(renames.values());
  const inside = (path: string, parents: Iterable<string>) =>
    [...parents].some((parent) => path.startsWith(`${parent}.`));
  const full = (path: string) => `${prefix}.${path}`;

  for (const path of removed.keys()) {
    if (inside(path, removed.keys())) continue;
    const to = renames.get(path);
    changes.push(
      to === undefined
        ? apiChange('removed', full(path), `removed (was ${summary(older[path]!)})`)
        : apiChange('renamed', full(path), `renamed to ${full(to)} (${summary(older[path]!)})`),
    );
  }
  for (const path of added.keys()) {
    if (renamedTo.has(path) || inside(path, added.keys())) continue;
    const option = newer[path]!;
    changes.push(
      'default' in option
        ? apiChange('added', full(path), `added (${summary(option)})`)
        : apiChange(
            'added-required',
            full(path),
            `added without a default (${summary(option)}): every host using the aspect must set it`,
          ),
    );
  }
  for (const path of Object.keys(older)) {
    if (path in newer) changes.push(...diffOption(full(path), older[path]!, newer[path]!));
  }
  return changes;
}

function diffOption(path: string, older: OptionApi, newer: OptionApi): ApiChange[] {
  const changes: ApiChange[] = [];
  const relation = compareTypes(older.type, newer.type);
  if (relation !== 'equal') {
    const kind = relation === 'incompatible' ? 'changed' : relation;
    changes.push(
      apiChange(
        `type-${kind}`,
        path,
        `type ${relation === 'incompatible' ? 'changed incompatibly' : relation}: ${renderType(older.type)} -> ${renderType(newer.type)}`,
      ),
    );
  }
  const change = defaultChange(path, older, newer);
  if (change !== undefined) changes.push(change);
  if (older.readOnly !== newer.readOnly)
    changes.push(
      newer.readOnly
        ? apiChange('now-read-only', path, 'now read-only: hosts that set it fail')
        : apiChange('now-writable', path, 'no longer read-only'),
    );
  if (older.description !== newer.description)
    changes.push(apiChange('description-changed', path, 'description changed'));
  return changes;
}

export function defaultChange(
  path: string,
  older: { readonly default?: unknown },
  newer: { readonly default?: unknown },
): ApiChange | undefined {
  const hadDefault = 'default' in older;
  const hasDefault = 'default' in newer;
  if (hadDefault && hasDefault) {
    return isDeepStrictEqual(older.default, newer.default)
      ? undefined
      : apiChange(
          'default-changed',
          path,
          `default changed: ${showValue(older.default)} -> ${showValue(newer.default)}: hosts that do not set it change`,
        );
  }
  if (hasDefault)
    return apiChange('default-added', path, `now has a default: ${showValue(newer.default)}`);
  if (hadDefault)
    return apiChange(
      'default-removed',
      path,
      `default ${showValue(older.default)} removed: hosts that relied on it must set it`,
    );
  return undefined;
}
