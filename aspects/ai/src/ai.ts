import { defineAspect } from '@cdknix/constructs';
import { aiPackages } from './ai-packages.js';
import { claudeCode } from './claude-code.js';
import { codex } from './codex.js';
import { geminiCli } from './gemini-cli.js';
import { llmAgentsOverlay } from './llm-agents-overlay.js';
import { mcpPart } from './mcp-part.js';
import { opencode } from './opencode.js';

/** AI coding agents (Claude Code, Codex, Gemini CLI, opencode) sharing one MCP server set. */
export const ai = defineAspect({
  name: 'ai',
  description: 'AI coding CLIs and their MCP server configuration, written once for every agent.',
  inputs: {
    'llm-agents': { url: 'github:numtide/llm-agents.nix', follows: { nixpkgs: 'nixpkgs' } },
  },
  overlays: [llmAgentsOverlay],
  parts: [mcpPart, claudeCode, codex, geminiCli, opencode, aiPackages],
});
