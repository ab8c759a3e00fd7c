import type { HomeManagerConfig, HomeManagerSettings } from '@cdknix/aspect-core';
import { type ClassPart, homeManagerPart } from '@cdknix/constructs';
import { mkIf } from '@cdknix/modules';
import { type PackageSetName, packageSets } from './package-sets.js';

/**
 * One module per set, each present only when the home chose that set: the definitions of
 * `home.packages` from every chosen set are concatenated by the list type's merge.
 */
export function packageSetPart(name: PackageSetName): ClassPart {
  return homeManagerPart(
    ({ config, pkgs }): HomeManagerConfig => ({
      config: mkIf<HomeManagerSettings>(() => config.aspects.packages.sets.includes(name), {
        home: { packages: packageSets[name](pkgs) },
      }),
    }),
  );
}
