import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** opencode reads the MCP servers from `programs.mcp` (the `mcpPart`) instead of its own list. */
export const opencode = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      opencode: {
        enable: true,
        enableMcpIntegration: true,
        settings: { autoupdate: false, share: 'disabled' },
      },
    },
  }),
);
