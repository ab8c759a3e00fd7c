import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Tools every project of the fleet's developers reaches for, whatever the language. */
export const developerTools = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    home: {
      packages: [
        pkgs.act,
        pkgs.bazelisk,
        pkgs['bazel-buildtools'],
        pkgs.buf,
        pkgs.d2,
        pkgs.ghq,
        pkgs['git-filter-repo'],
        pkgs['git-machete'],
        pkgs['git-revise'],
        pkgs.graphviz,
        pkgs.jc,
        pkgs.jqp,
        pkgs.jjui,
        pkgs.just,
        pkgs.mkcert,
        pkgs.shellcheck,
        pkgs.shfmt,
        pkgs.tea,
        pkgs.tmate,
        pkgs.yq,
        pkgs.jaq,
        pkgs.hyperfine,
        pkgs.tokei,
        pkgs.watchexec,
        pkgs['pre-commit'],
        pkgs.sqlite,
        pkgs.httpie,
        pkgs.grpcurl,
        pkgs['forgejo-cli'],
        pkgs.ttyd,
        pkgs['git-absorb'],
        pkgs['git-cliff'],
        pkgs.difftastic,
      ],
    },
  }),
);
