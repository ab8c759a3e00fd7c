import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const geminiCli = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      'gemini-cli': {
        enable: true,
        defaultModel: 'gemini-2.5-pro',
        settings: { theme: 'Default', vimMode: true, usageStatisticsEnabled: false },
      },
    },
  }),
);
