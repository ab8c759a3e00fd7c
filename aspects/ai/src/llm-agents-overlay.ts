import type { OverlayDefinition } from '@cdknix/constructs';
import { rawNix } from '@cdknix/nix';

/**
 * Agent CLIs move faster than nixpkgs: take them from the `llm-agents` flake, built for the
 * host's platform. After the stable channel (10, 20) and before anything that wraps them.
 */
export const llmAgentsOverlay: OverlayDefinition = {
  name: 'llm-agents',
  order: 30,
  attributes: Object.fromEntries(
    ['claude-code', 'codex', 'gemini-cli', 'opencode', 'crush'].map((name) => [
      name,
      rawNix(`inputs.llm-agents.packages.\${final.stdenv.hostPlatform.system}.${name}`, {
        references: ['inputs', 'final'],
      }),
    ]),
  ),
};
