import type {
  RoleAssignment,
  RoleDefinition,
  RoleMember,
  ServiceInstance,
} from '../definitions/define-service.js';
import type { HostInfo } from '../definitions/part-context.js';
import type { Problem } from '../errors/problem.js';
import type { CallSite } from '../source/call-site.js';
import { validateProps } from './validate-props.js';

/** One host's place in one service instance, with everything its role modules may read. */
export interface RoleMembership {
  instance: ServiceInstance<any, any>;
  instanceSettings: unknown;
  role: string;
  definition: RoleDefinition<any, any>;
  settings: unknown;
  members: Record<string, RoleMember[]>;
  site: CallSite | undefined;
}

export interface HostAssignments {
  host: HostInfo;
  assignments: readonly RoleAssignment[];
}

interface Taken {
  host: HostInfo;
  assignment: RoleAssignment;
  settings: unknown;
}

/**
 * Assign hosts to the roles of every service instance, check each role's cardinality, and
 * give each member the full membership (sorted by host name) so that, for example, the VPN
 * controller learns its peers. All problems are reported, not only the first.
 */
export function resolveServices(
  hosts: readonly HostAssignments[],
  describe: (site: CallSite | undefined) => string[],
): { memberships: Map<string, RoleMembership[]>; problems: Problem[] } {
  const problems: Problem[] = [];
  const instances = new Map<string, { instance: ServiceInstance<any, any>; taken: Taken[] }>();

  for (const { host, assignments } of hosts) {
    for (const assignment of assignments) {
      const { instance, role } = assignment;
      const path = `fleet/${host.name}/services/${instance.name}/${role}`;
      let entry = instances.get(instance.name);
      if (!entry) {
        entry = { instance, taken: [] };
        instances.set(instance.name, entry);
      } else if (entry.instance !== instance) {
        problems.push({
          severity: 'error',
          kind: 'service-name',
          path,
          message: `two different service instances are named '${instance.name}'`,
          sites: [...describe(entry.instance.site), ...describe(instance.site)],
          hint: 'give each service instance a unique name',
        });
        continue;
      }
      const definition = instance.service.roles[role] as RoleDefinition | undefined;
      if (!definition) {
        problems.push({
          severity: 'error',
          kind: 'service-role',
          path,
          message: `service '${instance.service.name}' has no role '${role}' (roles: ${Object.keys(instance.service.roles).sort().join(', ')})`,
          sites: describe(assignment.site),
        });
        continue;
      }
      if (
        entry.taken.some((taken) => taken.host.name === host.name && taken.assignment.role === role)
      )
        continue;
      const validated = validateProps(definition.settings, assignment.settings);
      if (!validated.ok) {
        problems.push({
          severity: 'error',
          kind: 'props',
          path,
          message: `invalid settings for role '${role}' of '${instance.name}': ${validated.issues.join('; ').replaceAll('props', 'settings')}`,
          sites: describe(assignment.site),
        });
        continue;
      }
      entry.taken.push({ host, assignment, settings: validated.value });
    }
  }

  const memberships = new Map<string, RoleMembership[]>();
  for (const name of [...instances.keys()].sort()) {
    const { instance, taken } = instances.get(name)!;
    const instanceSettings = validateProps(instance.service.settings, instance.settings);
    if (!instanceSettings.ok) {
      problems.push({
        severity: 'error',
        kind: 'props',
        path: `fleet/services/${name}`,
        message: `invalid settings for service instance '${name}': ${instanceSettings.issues.join('; ').replaceAll('props', 'settings')}`,
        sites: describe(instance.site),
      });
      continue;
    }
    const members: Record<string, RoleMember[]> = {};
    for (const role of Object.keys(instance.service.roles).sort()) {
      members[role] = taken
        .filter((entry) => entry.assignment.role === role)
        .map((entry) => ({ host: entry.host, settings: entry.settings }))
        .sort((left, right) => (left.host.name < right.host.name ? -1 : 1));
      problems.push(
        ...checkCardinality(
          name,
          role,
          instance.service.roles[role]!,
          members[role]!,
          describe(instance.site),
        ),
      );
    }
    for (const entry of taken) {
      const list = memberships.get(entry.host.name) ?? [];
      list.push({
        instance,
        instanceSettings: instanceSettings.value,
        role: entry.assignment.role,
        definition: instance.service.roles[entry.assignment.role]!,
        settings: entry.settings,
        members,
        site: entry.assignment.site,
      });
      memberships.set(entry.host.name, list);
    }
  }
  return { memberships, problems };
}

function checkCardinality(
  instance: string,
  role: string,
  definition: RoleDefinition<any, any>,
  members: readonly RoleMember[],
  sites: string[],
): Problem[] {
  const min = definition.min ?? 0;
  const max = definition.max ?? Number.POSITIVE_INFINITY;
  if (members.length >= min && members.length <= max) return [];
  const wanted =
    min === max ? `exactly ${min}` : members.length < min ? `at least ${min}` : `at most ${max}`;
  const hosts = members.map((member) => member.host.name).join(', ') || 'none';
  return [
    {
      severity: 'error',
      kind: 'role-cardinality',
      path: `fleet/services/${instance}/${role}`,
      message: `role '${role}' of '${instance}' needs ${wanted} host(s), has ${members.length} (${hosts})`,
      sites,
      hint:
        members.length < min
          ? `assign the role on a host: services: [${instance}.role('${role}')]`
          : 'remove the role from the extra hosts',
    },
  ];
}
