/** A semver bump, weakest first. `none`: no release needed for the API's sake. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

const bumpOrder: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

export function compareBumps(left: Bump, right: Bump): number {
  return bumpOrder.indexOf(left) - bumpOrder.indexOf(right);
}

export function strongestBump(bumps: Iterable<Bump>): Bump {
  let strongest: Bump = 'none';
  for (const bump of bumps) if (compareBumps(bump, strongest) > 0) strongest = bump;
  return strongest;
}

/**
 * Every kind of API change and the bump it needs (docs/api-diff.md says why). The rule under
 * all of them: a configuration that synthesized before the upgrade must synthesize after it,
 * to the same Nix, unless the release is major.
 */
export const bumpOfChange = {
  /** Something optional is new (an option with a default, an aspect, a class, a role). */
  added: 'minor',
  /** Something new that every user must now provide (an option without default, a required prop). */
  'added-required': 'major',
  removed: 'major',
  /** A removed and an added entry of the same type and default: the old name stops working. */
  renamed: 'major',
  /** Fewer values accepted: some configurations that worked now fail. */
  'type-narrowed': 'major',
  /** More values accepted, and every old configuration means the same. */
  'type-widened': 'minor',
  /** Neither: some old configurations fail or change meaning. */
  'type-changed': 'major',
  /** An option or prop users had to set now has a default: nothing they wrote changes. */
  'default-added': 'minor',
  /** Every host that relied on the old default synthesizes different Nix on upgrade. */
  'default-changed': 'major',
  /** Every host that relied on the default fails to synthesize. */
  'default-removed': 'major',
  'now-optional': 'minor',
  'now-required': 'major',
  /** Hosts that set it now fail. */
  'now-read-only': 'major',
  'now-writable': 'minor',
  /** Documentation only. */
  'description-changed': 'patch',
} as const satisfies Record<string, Bump>;

export type ChangeKind = keyof typeof bumpOfChange;

export interface ApiChange {
  readonly kind: ChangeKind;
  readonly bump: Bump;
  /** The option, prop or construct: `aspects.homebrew.additionalCasks`, `services.zerotier.roles.peer`. */
  readonly path: string;
  /** What changed, for people: `type narrowed: list of string -> list of one of "a"`. */
  readonly detail: string;
}

export function apiChange(kind: ChangeKind, path: string, detail: string): ApiChange {
  return { kind, bump: bumpOfChange[kind], path, detail };
}
