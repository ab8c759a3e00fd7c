export { ai } from './ai.js';
export { type McpServer, mcpServers } from './mcp-servers.js';
