import type { HostClass } from '../classes.js';
import { type CallSite, callSite } from '../source/call-site.js';
import type { AspectReference } from './define-aspect.js';
import type { RoleAssignment } from './define-service.js';
import type { User } from './define-user.js';
import type { ModuleValue } from './part-context.js';

export interface DeployTarget {
  /** Where deploy-rs / colmena reach the host. */
  hostname: string;
  sshUser?: string;
}

export interface HostDefinition {
  /** The host's name: flake output name, folder name, `networking.hostName`. */
  name: string;
  class: HostClass;
  system: string;
  /** `system.stateVersion` (a string on NixOS, a number on nix-darwin). */
  stateVersion: string | number;
  aspects?: readonly AspectReference[];
  users?: readonly User[];
  services?: readonly RoleAssignment[];
  /** Facts this host publishes to the fleet (its SSH host key, a VPN member id...). */
  facts?: Readonly<Record<string, string>>;
  /** What is truly unique to this host: a module of its own class. */
  settings?: ModuleValue;
  deploy?: DeployTarget;
}

export interface HostSpec extends Required<Omit<HostDefinition, 'settings' | 'deploy'>> {
  readonly settings: ModuleValue | undefined;
  readonly deploy: DeployTarget | undefined;
  readonly site: CallSite | undefined;
}

const hostBrand = Symbol.for('@cdknix/constructs.HostSpec');

export function isHostSpec(value: unknown): value is HostSpec {
  return typeof value === 'object' && value !== null && hostBrand in value;
}

/**
 * A machine, as the list of what it is. A machine package's default export:
 *
 * ```ts
 * export default defineHost({
 *   name: 'cinnabar', class: 'nixos', system: 'x86_64-linux', stateVersion: '25.11',
 *   aspects: [nixosCore, hardenedSsh], users: [crs58], services: [vpn.role('controller')],
 * });
 * ```
 *
 * `site` is where the host is written, for errors and provenance: the caller of `defineHost` by
 * default. A helper that defines hosts for its callers passes `callSite()` of its own caller.
 */
export function defineHost(definition: HostDefinition, site = callSite()): HostSpec {
  const spec = {
    aspects: [],
    users: [],
    services: [],
    facts: {},
    ...definition,
    settings: definition.settings,
    deploy: definition.deploy,
    site,
  };
  Object.defineProperty(spec, hostBrand, { value: true });
  return Object.freeze(spec);
}
