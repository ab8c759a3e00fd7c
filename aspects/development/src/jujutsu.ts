import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** jj colocated with git: the same identity and signing key as the git part. */
export const jujutsu = homeManagerPart(
  ({ user }): HomeManagerConfig => ({
    programs: {
      jujutsu: {
        enable: true,
        settings: {
          user: { name: user?.fullName ?? '', email: user?.email ?? '' },
          ui: { 'default-command': 'log', pager: 'delta', 'diff-formatter': ':git' },
          signing: { behavior: 'own', backend: 'ssh', key: user?.sshKeys[0] ?? '' },
          git: { 'private-commits': 'description(glob:"wip:*")' },
        },
      },
    },
  }),
);
