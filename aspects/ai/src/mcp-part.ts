import { homeManagerPart } from '@cdknix/constructs';
import { mcpServers } from './mcp-servers.js';

/**
 * home-manager's shared MCP registry, which agents with MCP integration read.
 *
 * Not typed against the home-manager bindings (`HomeManagerConfig`): the servers' commands are
 * Nix strings with store-path context (nix`${pkgs.nodejs}/bin/npx`, a `NixInterpolatedString`),
 * which `pkgs.formats.json` accepts in Nix but the generated `FormatValue` type does not list.
 */
export const mcpPart = homeManagerPart(({ pkgs }) => ({
  programs: { mcp: { enable: true, servers: mcpServers(pkgs) } },
}));
