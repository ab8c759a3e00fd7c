import { nix } from '@cdknix/nix';

export interface McpServer {
  /** The server's executable: a store path interpolated into a Nix string. */
  command: unknown;
  args: string[];
  env?: Record<string, string>;
}

/**
 * The MCP servers every coding agent gets, in the common `{ command, args, env }` shape
 * that Claude Code, Codex, Gemini CLI and opencode all accept. Written once here and
 * handed to each agent by the parts.
 */
export function mcpServers(pkgs: any): Record<string, McpServer> {
  return {
    context7: { command: nix`${pkgs.nodejs}/bin/npx`, args: ['-y', '@upstash/context7-mcp'] },
    'nixos-search': { command: nix`${pkgs['mcp-nixos']}/bin/mcp-nixos`, args: [] },
    playwright: {
      command: nix`${pkgs['playwright-mcp']}/bin/mcp-server-playwright`,
      args: ['--headless'],
    },
    github: {
      command: nix`${pkgs['github-mcp-server']}/bin/github-mcp-server`,
      args: ['stdio'],
      env: { GITHUB_TOOLSETS: 'repos,issues,pull_requests' },
    },
  };
}
