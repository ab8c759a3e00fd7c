import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const kubernetes = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    programs: {
      k9s: { enable: true, settings: { k9s: { ui: { skin: 'transparent' }, refreshRate: 2 } } },
    },
    home: {
      packages: [
        pkgs.kubectl,
        pkgs['kubernetes-helm'],
        pkgs.kustomize,
        pkgs.kubectx,
        pkgs.stern,
        pkgs.kubeconform,
        pkgs.k3d,
        pkgs.kind,
        pkgs.fluxcd,
        pkgs.argocd,
        pkgs['cilium-cli'],
        pkgs.talosctl,
      ],
    },
  }),
);
