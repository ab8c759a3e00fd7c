import { Construct } from 'constructs';
import type { HostSpec } from '../definitions/define-host.js';
import type { Problem } from '../errors/problem.js';
import type { CallSite } from '../source/call-site.js';
import { describeSource } from '../source/describe-source.js';
import { checkAspectVersions } from './check-aspect-versions.js';
import { Host } from './host.js';
import { type RoleMembership, resolveServices } from './resolve-services.js';

export interface FleetProps {
  /** The workspace root: provenance labels are relative to it (default: the working directory). */
  root?: string;
}

/**
 * The root construct: every host of the fleet, as in `App` of aws-cdk. Hosts are kept sorted
 * by name so that the result never depends on the order in which they were discovered.
 */
export class Fleet extends Construct {
  readonly root: string;
  private readonly hostsByName = new Map<string, Host>();
  private readonly fleetProblems: Problem[] = [];
  private membershipCache:
    | { memberships: Map<string, RoleMembership[]>; problems: Problem[] }
    | undefined;

  constructor(props: FleetProps = {}) {
    super(undefined as unknown as Construct, '');
    this.root = props.root ?? process.cwd();
  }

  /** `package: file:line` labels for a call site, empty when unknown. */
  readonly describe = (site: CallSite | undefined): string[] =>
    site ? [describeSource(site, this.root)] : [];

  addHost(spec: HostSpec): Host {
    const existing = this.hostsByName.get(spec.name);
    if (existing) {
      this.fleetProblems.push({
        severity: 'error',
        kind: 'name',
        path: `fleet/${spec.name}`,
        message: `two hosts are named '${spec.name}'`,
        sites: [...this.describe(existing.spec.site), ...this.describe(spec.site)],
        hint: 'rename one of the machine packages',
      });
      return existing;
    }
    this.membershipCache = undefined;
    const host = new Host(this, spec, this.describe);
    this.hostsByName.set(spec.name, host);
    return host;
  }

  get hosts(): Host[] {
    return [...this.hostsByName.values()].sort((left, right) =>
      left.spec.name < right.spec.name ? -1 : 1,
    );
  }

  tryFindHost(name: string): Host | undefined {
    return this.hostsByName.get(name);
  }

  /** The service roles each host takes, with the whole membership of each instance. */
  memberships(hostName: string): RoleMembership[] {
    return this.resolveServiceRoles().memberships.get(hostName) ?? [];
  }

  /** Every problem found before evaluation: names, props, classes, roles, package copies. */
  validate(): Problem[] {
    return [
      ...this.fleetProblems,
      ...checkAspectVersions(this.hosts, this.root, this.describe),
      ...this.hosts.flatMap((host) => host.allProblems),
      ...this.resolveServiceRoles().problems,
    ];
  }

  private resolveServiceRoles() {
    this.membershipCache ??= resolveServices(
      this.hosts.map((host) => ({ host: host.info, assignments: host.roleAssignments })),
      this.describe,
    );
    return this.membershipCache;
  }
}
