import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Cloud provider command lines used to run the fleet's workloads. */
export const cloud = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    programs: {
      awscli: { enable: true, settings: { default: { region: 'us-east-1', output: 'json' } } },
    },
    home: {
      packages: [
        pkgs.opentofu,
        pkgs['google-cloud-sdk'],
        pkgs.hcloud,
        pkgs.doctl,
        pkgs.flyctl,
        pkgs['pulumi-bin'],
        pkgs.ansible,
      ],
    },
  }),
);
