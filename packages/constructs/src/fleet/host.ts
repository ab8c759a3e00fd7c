import { Construct } from 'constructs';
import { systemsByClass } from '../classes.js';
import type { HostSpec } from '../definitions/define-host.js';
import type { RoleAssignment } from '../definitions/define-service.js';
import type { User } from '../definitions/define-user.js';
import { isSafeName } from '../definitions/names.js';
import type { HostInfo, UserInfo } from '../definitions/part-context.js';
import type { Problem } from '../errors/problem.js';
import type { CallSite } from '../source/call-site.js';
import { checkClassSafety } from './check-class-safety.js';
import { type ResolvedAspect, resolveAspects } from './resolve-aspects.js';

const hostBrand = Symbol.for('@cdknix/constructs.Host');

/** A home-manager user on one host, with the aspects they bring. */
export class HostUser extends Construct {
  readonly user: User;
  readonly info: UserInfo;
  readonly aspects: readonly ResolvedAspect[];
  readonly problems: Problem[] = [];

  constructor(host: Host, user: User, describe: (site: CallSite | undefined) => string[]) {
    super(host, `users/${user.name}`);
    this.user = user;
    const defaultHome = host.spec.class === 'darwin' ? `/Users/${user.name}` : `/home/${user.name}`;
    this.info = Object.freeze({
      name: user.name,
      fullName: user.fullName,
      email: user.email,
      shell: user.shell,
      sshKeys: user.sshKeys,
      admin: user.admin,
      homeDirectory: user.homeDirectory[host.spec.class] ?? defaultHome,
    });
    const resolved = resolveAspects(
      user.aspects,
      `fleet/${host.spec.name}/users/${user.name}`,
      describe,
    );
    this.aspects = resolved.aspects;
    this.problems.push(...resolved.problems);
    if (!isSafeName(user.name)) {
      this.problems.push({
        severity: 'error',
        kind: 'name',
        path: `fleet/${host.spec.name}/users/${user.name}`,
        message: `user name ${JSON.stringify(user.name)} is not a safe name (lowercase letters, digits, '-' and '_', starting with a letter or '_')`,
        sites: describe(user.site),
      });
    }
  }
}

/** One machine of the fleet: its spec, its resolved aspects, its users. */
export class Host extends Construct {
  readonly spec: HostSpec;
  readonly info: HostInfo;
  readonly aspects: readonly ResolvedAspect[];
  readonly users: readonly HostUser[];
  readonly problems: Problem[] = [];

  static isHost(value: unknown): value is Host {
    return typeof value === 'object' && value !== null && hostBrand in value;
  }

  constructor(
    scope: Construct,
    spec: HostSpec,
    describe: (site: CallSite | undefined) => string[],
  ) {
    super(scope, spec.name || '(unnamed)');
    Object.defineProperty(this, hostBrand, { value: true });
    this.spec = spec;
    this.info = Object.freeze({
      name: spec.name,
      class: spec.class,
      system: spec.system,
      facts: { ...spec.facts },
    });
    const path = `fleet/${spec.name}`;
    this.problems.push(...checkHostSpec(spec, path, describe));
    const resolved = resolveAspects(spec.aspects, path, describe);
    this.aspects = resolved.aspects;
    this.problems.push(...resolved.problems);
    this.users = spec.users.map((user) => new HostUser(this, user, describe));
    this.problems.push(...checkClassSafety(this, describe));
  }

  /** The service roles this host takes: its own, then those its aspects bring. */
  get roleAssignments(): RoleAssignment[] {
    return [...this.spec.services, ...this.aspects.flatMap((resolved) => resolved.aspect.services)];
  }

  /** Every problem of this host and its users. */
  get allProblems(): Problem[] {
    return [...this.problems, ...this.users.flatMap((user) => user.problems)];
  }
}

function checkHostSpec(
  spec: HostSpec,
  path: string,
  describe: (site: CallSite | undefined) => string[],
): Problem[] {
  const problems: Problem[] = [];
  const sites = describe(spec.site);
  if (!isSafeName(spec.name)) {
    problems.push({
      severity: 'error',
      kind: 'name',
      path,
      message: `host name ${JSON.stringify(spec.name)} is not a safe name (lowercase letters, digits, '-' and '_', starting with a letter or '_'); it becomes a folder and a flake attribute`,
      sites,
    });
  }
  const systems = systemsByClass[spec.class];
  if (!systems) {
    problems.push({
      severity: 'error',
      kind: 'class',
      path,
      message: `unknown host class '${String(spec.class)}' (expected nixos or darwin)`,
      sites,
    });
  } else if (!systems.includes(spec.system)) {
    problems.push({
      severity: 'error',
      kind: 'class',
      path,
      message: `system '${spec.system}' does not run class '${spec.class}' (expected one of ${systems.join(', ')})`,
      sites,
    });
  }
  const userNames = spec.users.map((user) => user.name);
  for (const name of new Set(
    userNames.filter((name, index) => userNames.indexOf(name) !== index),
  )) {
    problems.push({
      severity: 'error',
      kind: 'user',
      path,
      message: `user '${name}' is listed twice`,
      sites,
    });
  }
  return problems;
}
