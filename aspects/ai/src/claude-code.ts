import { homeManagerPart } from '@cdknix/constructs';
import { mcpServers } from './mcp-servers.js';

/**
 * Claude Code with its permissions written down: reads and tests are allowed without a
 * prompt, pushes and destructive commands always ask.
 *
 * Not typed against `HomeManagerConfig`, for the reason given in `mcp-part.ts`: the MCP
 * servers' commands are Nix strings with context, which the generated `FormatValue` lacks.
 */
export const claudeCode = homeManagerPart(({ pkgs }) => ({
  programs: {
    'claude-code': {
      enable: true,
      mcpServers: mcpServers(pkgs),
      settings: {
        includeCoAuthoredBy: false,
        theme: 'dark',
        permissions: {
          allow: [
            'Bash(git status:*)',
            'Bash(git diff:*)',
            'Bash(nix build:*)',
            'Bash(nix flake check:*)',
            'Read',
            'Grep',
            'Glob',
          ],
          ask: ['Bash(git push:*)', 'Bash(rm:*)'],
          deny: ['Read(./.env)', 'Read(./secrets/**)'],
        },
        env: { DISABLE_TELEMETRY: '1' },
      },
      memory: {
        text: '# Conventions\n\n- Nix files are formatted with nixfmt.\n- Commit messages follow Conventional Commits.\n',
      },
    },
  },
}));
