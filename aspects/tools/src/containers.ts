import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const containers = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    home: {
      packages: [
        pkgs.skopeo,
        pkgs.dive,
        pkgs.crane,
        pkgs.cosign,
        pkgs.trivy,
        pkgs.syft,
        pkgs.grype,
        pkgs.ko,
        pkgs.podman,
        pkgs['docker-client'],
        pkgs.lazydocker,
        pkgs.regctl,
      ],
    },
  }),
);
