import { homeManagerPart } from '@cdknix/constructs';
import { mcpServers } from './mcp-servers.js';

/** home-manager's shared MCP registry, which agents with MCP integration read. */
export const mcpPart = homeManagerPart(({ pkgs }) => ({
  programs: { mcp: { enable: true, servers: mcpServers(pkgs) } },
}));
