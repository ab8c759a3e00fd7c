import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const github = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      gh: { enable: true, settings: { git_protocol: 'ssh', prompt: 'enabled' } },
      'gh-dash': { enable: true },
    },
  }),
);
