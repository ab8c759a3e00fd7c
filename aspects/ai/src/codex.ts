import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const codex = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      codex: {
        enable: true,
        settings: {
          model: 'gpt-5-codex',
          approval_policy: 'on-request',
          sandbox_mode: 'workspace-write',
        },
        'custom-instructions':
          'Prefer small, reviewable changes. Run the project checks before finishing.',
      },
    },
  }),
);
