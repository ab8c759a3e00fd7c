import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Writing, checking and reviewing Nix: every developer of this fleet edits Nix. */
export const nixTooling = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    home: {
      packages: [
        pkgs.cachix,
        pkgs.deadnix,
        pkgs.nil,
        pkgs['nix-eval-jobs'],
        pkgs['nix-info'],
        pkgs['nix-output-monitor'],
        pkgs['nix-prefetch-scripts'],
        pkgs['nix-update'],
        pkgs['nix-tree'],
        pkgs['nix-diff'],
        pkgs['nixpkgs-review'],
        pkgs.statix,
        pkgs.nvd,
        pkgs['nix-fast-build'],
      ],
    },
  }),
);
