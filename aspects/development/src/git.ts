import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/**
 * Git with the user's own identity, commits signed with their first SSH key (GitHub
 * verifies SSH signatures), and delta as the pager.
 */
export const git = homeManagerPart(
  ({ user }): HomeManagerConfig => ({
    programs: {
      git: {
        enable: true,
        lfs: { enable: true },
        signing: {
          format: 'ssh',
          key: user?.sshKeys[0] ?? null,
          signByDefault: (user?.sshKeys.length ?? 0) > 0,
        },
        ignores: ['.DS_Store', '.direnv/', 'result', 'result-*', '*.swp', '.envrc.local'],
        settings: {
          user: { name: user?.fullName ?? '', email: user?.email ?? '' },
          init: { defaultBranch: 'main' },
          pull: { rebase: true },
          push: { autoSetupRemote: true },
          rebase: { autoStash: true, updateRefs: true },
          merge: { conflictStyle: 'zdiff3' },
          diff: { algorithm: 'histogram', colorMoved: 'default' },
          rerere: { enabled: true },
          core: { editor: 'nvim' },
        },
      },
      delta: {
        enable: true,
        enableGitIntegration: true,
        options: { navigate: true, 'line-numbers': true },
      },
    },
  }),
);
