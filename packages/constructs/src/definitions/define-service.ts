import type { z } from 'zod';
import { type CallSite, callSite } from '../source/call-site.js';
import type { HostInfo, ModuleValue, PartContext } from './part-context.js';

/** Another host's place in a service instance, as seen by every member. */
export interface RoleMember<Settings = unknown> {
  host: HostInfo;
  settings: Settings;
}

export interface RoleContext<Settings, InstanceSettings> extends PartContext<Settings> {
  /** This host's validated role settings (the same value as `props`). */
  settings: Settings;
  instance: { name: string; settings: InstanceSettings };
  /** Every role of the instance and the hosts in it, sorted by host name. */
  members: Readonly<Record<string, readonly RoleMember<any>[]>>;
}

export type RoleBuilder<Settings, InstanceSettings> = (
  context: RoleContext<Settings, InstanceSettings>,
) => ModuleValue;

export interface RoleDefinition<
  Settings extends z.ZodType = z.ZodType,
  InstanceSettings = unknown,
> {
  description?: string;
  settings?: Settings;
  /** Fewest hosts that must take this role in each instance (default 0). */
  min?: number;
  /** Most hosts that may take it (default unlimited): `{ min: 1, max: 1 }` for a controller. */
  max?: number;
  nixos?: RoleBuilder<z.output<Settings>, InstanceSettings>;
  darwin?: RoleBuilder<z.output<Settings>, InstanceSettings>;
}

type Roles<InstanceSettings> = Record<string, RoleDefinition<any, InstanceSettings>>;

export interface ServiceDefinition<
  InstanceSchema extends z.ZodType = z.ZodType,
  R extends Roles<z.output<InstanceSchema>> = Roles<any>,
> {
  readonly name: string;
  readonly settings: InstanceSchema | undefined;
  readonly roles: R;
  /** Where the service is defined: its roles' modules are written there. */
  readonly site: CallSite | undefined;
  /** One deployment of the service in a fleet (a VPN network, a backup set). */
  instance(name: string, settings?: z.input<InstanceSchema>): ServiceInstance<InstanceSchema, R>;
}

export interface ServiceInstance<
  InstanceSchema extends z.ZodType = z.ZodType,
  R extends Roles<z.output<InstanceSchema>> = Roles<any>,
> {
  readonly service: ServiceDefinition<InstanceSchema, R>;
  readonly name: string;
  readonly settings: unknown;
  readonly site: CallSite | undefined;
  /** A host's place in this instance: `vpn.role('controller', { ... })`. */
  role<Name extends keyof R & string>(
    role: Name,
    ...settings: R[Name]['settings'] extends z.ZodType ? [z.input<R[Name]['settings']>] : []
  ): RoleAssignment;
}

/** A host (or an aspect on its behalf) taking one role of one service instance. */
export interface RoleAssignment {
  readonly instance: ServiceInstance<any, any>;
  readonly role: string;
  readonly settings: unknown;
  readonly site: CallSite | undefined;
}

/**
 * A service with roles across hosts, clan-style: each instance assigns hosts to roles,
 * each host receives its roles' modules, and every member can read the others' data.
 *
 * ```ts
 * const zerotier = defineService({
 *   name: 'zerotier',
 *   roles: {
 *     controller: { min: 1, max: 1, nixos: ({ members }) => ({ ... }) },
 *     peer: { settings: z.object({ memberId: z.string() }), nixos: () => ({ ... }) },
 *   },
 * });
 * export const vpn = zerotier.instance('fleet');
 * ```
 */
export function defineService<
  InstanceSchema extends z.ZodType = z.ZodType<Record<string, never>>,
  R extends Roles<z.output<InstanceSchema>> = Roles<z.output<InstanceSchema>>,
>(definition: {
  name: string;
  settings?: InstanceSchema;
  roles: R;
}): ServiceDefinition<InstanceSchema, R> {
  const service: ServiceDefinition<InstanceSchema, R> = {
    name: definition.name,
    settings: definition.settings,
    roles: definition.roles,
    site: callSite(),
    instance(name, settings) {
      const instance: ServiceInstance<InstanceSchema, R> = {
        service,
        name,
        settings,
        site: callSite(),
        role: (role, ...roleSettings) => ({
          instance,
          role,
          settings: roleSettings[0],
          site: callSite(),
        }),
      };
      return Object.freeze(instance);
    },
  };
  return Object.freeze(service);
}
