import { type Aspect, isAspect, type ServiceDefinition } from '@cdknix/constructs';
import type { AspectApi, PackageApi, RoleApi, ServiceApi } from '../api.js';
import { schemaOf } from './schema-of.js';
import { snapshotOptions } from './snapshot-options.js';

const roleClasses = ['darwin', 'nixos'] as const;

/**
 * The API of one aspect package, from its module's exports: every exported aspect (by its
 * name, not its export name) and every exported service. Other exports (helpers, constants,
 * types) are not part of the option API.
 */
export function snapshotPackage(
  manifest: { readonly name: string; readonly version: string },
  exports: Readonly<Record<string, unknown>>,
): PackageApi {
  const aspects: Record<string, AspectApi> = {};
  const services: Record<string, ServiceApi> = {};
  for (const value of Object.values(exports)) {
    if (isAspect(value)) aspects[value.name] = snapshotAspect(value);
    else if (isServiceDefinition(value)) services[value.name] = snapshotService(value);
  }
  return { package: manifest.name, version: manifest.version, aspects, services };
}

function snapshotAspect(aspect: Aspect<any>): AspectApi {
  return {
    description: aspect.description ?? null,
    classes: [...aspect.classes],
    options: aspect.options === undefined ? {} : snapshotOptions(aspect.options),
    props: schemaOf(aspect.propsSchema),
  };
}

function snapshotService(service: ServiceDefinition): ServiceApi {
  const roles: Record<string, RoleApi> = {};
  for (const [name, role] of Object.entries(service.roles)) {
    roles[name] = {
      description: role.description ?? null,
      classes: roleClasses.filter((nixClass) => role[nixClass] !== undefined),
      min: role.min ?? 0,
      max: role.max ?? null,
      settings: schemaOf(role.settings),
    };
  }
  return { settings: schemaOf(service.settings), roles };
}

/**
 * Services carry no brand in @cdknix/constructs: a frozen object with a name, roles and an
 * `instance` function is one (what `defineService` returns).
 */
function isServiceDefinition(value: unknown): value is ServiceDefinition {
  const candidate = value as Partial<ServiceDefinition> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.name === 'string' &&
    typeof candidate.instance === 'function' &&
    typeof candidate.roles === 'object' &&
    candidate.roles !== null
  );
}
