import type { AspectApi, PackageApi, RoleApi, ServiceApi } from '../api.js';
import { type ApiChange, apiChange, type Bump, strongestBump } from './api-change.js';
import { diffOptions } from './diff-options.js';
import { diffSchema } from './diff-schema.js';

export interface ApiDiff {
  readonly package: string;
  /** The strongest bump the changes need (`none` when the API is the same). */
  readonly bump: Bump;
  /** Sorted by path, then kind: the same two snapshots always give the same list. */
  readonly changes: readonly ApiChange[];
}

/** Every change from `older` (the last release) to `newer` (the working tree). */
export function diffApi(older: PackageApi, newer: PackageApi): ApiDiff {
  const changes = [
    ...diffEntries('aspects', 'aspect', older.aspects, newer.aspects, diffAspect),
    ...diffEntries('services', 'service', older.services, newer.services, diffService),
  ].sort((left, right) =>
    left.path === right.path
      ? left.kind.localeCompare(right.kind)
      : left.path < right.path
        ? -1
        : 1,
  );
  return {
    package: newer.package,
    bump: strongestBump(changes.map((change) => change.bump)),
    changes,
  };
}

function diffEntries<Entry>(
  prefix: string,
  what: string,
  older: Readonly<Record<string, Entry>>,
  newer: Readonly<Record<string, Entry>>,
  diffEntry: (path: string, older: Entry, newer: Entry) => ApiChange[],
  required: (entry: Entry) => boolean = () => false,
): ApiChange[] {
  const changes: ApiChange[] = [];
  for (const name of Object.keys(older))
    if (!(name in newer))
      changes.push(apiChange('removed', `${prefix}.${name}`, `${what} removed`));
  for (const name of Object.keys(newer)) {
    const path = `${prefix}.${name}`;
    if (!(name in older))
      changes.push(
        required(newer[name]!)
          ? apiChange('added-required', path, `${what} added, required`)
          : apiChange('added', path, `${what} added`),
      );
    else changes.push(...diffEntry(path, older[name]!, newer[name]!));
  }
  return changes;
}

function diffClasses(
  path: string,
  older: readonly string[],
  newer: readonly string[],
  user: string,
): ApiChange[] {
  return [
    ...older
      .filter((nixClass) => !newer.includes(nixClass))
      .map((nixClass) =>
        apiChange('removed', path, `no longer has a ${nixClass} part: ${nixClass} ${user} fail`),
      ),
    ...newer
      .filter((nixClass) => !older.includes(nixClass))
      .map((nixClass) => apiChange('added', path, `now has a ${nixClass} part`)),
  ];
}

function diffDescription(path: string, older: string | null, newer: string | null): ApiChange[] {
  return older === newer ? [] : [apiChange('description-changed', path, 'description changed')];
}

function diffAspect(path: string, older: AspectApi, newer: AspectApi): ApiChange[] {
  return [
    ...diffDescription(path, older.description, newer.description),
    ...diffClasses(path, older.classes, newer.classes, 'hosts using it'),
    ...diffOptions(path, older.options, newer.options),
    ...diffSchema(`${path}.props`, older.props, newer.props),
  ];
}

function diffService(path: string, older: ServiceApi, newer: ServiceApi): ApiChange[] {
  return [
    ...diffSchema(`${path}.settings`, older.settings, newer.settings),
    ...diffEntries(
      `${path}.roles`,
      'role',
      older.roles,
      newer.roles,
      diffRole,
      (role) => role.min > 0,
    ),
  ];
}

function diffRole(path: string, older: RoleApi, newer: RoleApi): ApiChange[] {
  const changes = [
    ...diffDescription(path, older.description, newer.description),
    ...diffClasses(path, older.classes, newer.classes, 'hosts taking it'),
    ...diffSchema(`${path}.settings`, older.settings, newer.settings),
  ];
  const olderMax = older.max ?? Infinity;
  const newerMax = newer.max ?? Infinity;
  if (older.min === newer.min && olderMax === newerMax) return changes;
  const shown = `hosts per instance: ${bounds(older)} -> ${bounds(newer)}`;
  const widened = newer.min <= older.min && newerMax >= olderMax;
  const narrowed = newer.min >= older.min && newerMax <= olderMax;
  changes.push(
    widened
      ? apiChange('type-widened', path, shown)
      : apiChange(narrowed ? 'type-narrowed' : 'type-changed', path, shown),
  );
  return changes;
}

function bounds(role: RoleApi): string {
  return role.max === null ? `at least ${role.min}` : `${role.min} to ${role.max}`;
}
