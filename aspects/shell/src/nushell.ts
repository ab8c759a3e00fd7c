import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const nushell = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      nushell: {
        enable: true,
        settings: {
          show_banner: false,
          edit_mode: 'emacs',
          history: { file_format: 'sqlite', max_size: 100000 },
        },
      },
      bash: { enable: true },
    },
  }),
);
