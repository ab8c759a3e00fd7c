import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const navigation = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      zoxide: { enable: true },
      fzf: { enable: true },
      carapace: { enable: true },
    },
  }),
);
