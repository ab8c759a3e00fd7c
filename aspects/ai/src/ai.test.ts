import { Testing } from '@cdknix/constructs/testing';
import { NixInterpolatedString, type NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { ai } from './ai.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

const serverNames = ['context7', 'github', 'nixos-search', 'playwright'];

describe('the ai aspect', () => {
  const host = Testing.synthHost({ class: 'nixos', aspects: [ai], users: [Testing.user()] });

  it('turns on Claude Code, Codex, Gemini CLI and opencode', () => {
    for (const agent of ['claude-code', 'codex', 'gemini-cli', 'opencode'])
      expect(host.homeValue('alice', `programs.${agent}.enable`), agent).toBe(true);
    expect(host.homeValue('alice', 'programs.codex.settings')).toEqual({
      model: 'gpt-5-codex',
      approval_policy: 'on-request',
      sandbox_mode: 'workspace-write',
    });
    expect(host.homeValue('alice', 'programs.gemini-cli.defaultModel')).toBe('gemini-2.5-pro');
  });

  it('lets Claude Code read freely but always asks before a push or an rm', () => {
    const permissions = host.homeValue('alice', 'programs.claude-code.settings.permissions') as {
      allow: string[];
      ask: string[];
      deny: string[];
    };
    expect(permissions.allow).toContain('Read');
    expect(permissions.ask).toEqual(['Bash(git push:*)', 'Bash(rm:*)']);
    expect(permissions.deny).toContain('Read(./.env)');
  });

  it('writes the MCP servers once and hands the same set to the registry and to Claude Code', () => {
    const registry = host.homeValue('alice', 'programs.mcp.servers') as Record<string, unknown>;
    const claude = host.homeValue('alice', 'programs.claude-code.mcpServers') as Record<
      string,
      unknown
    >;
    expect(Object.keys(registry).sort()).toEqual(serverNames);
    expect(Object.keys(claude).sort()).toEqual(serverNames);
    expect(host.homeValue('alice', 'programs.opencode.enableMcpIntegration')).toBe(true);
  });

  it('runs each MCP server from its package in the store, interpolated into the command', () => {
    const github = host.homeValue('alice', 'programs.mcp.servers.github') as { command: unknown };
    expect(NixInterpolatedString.isInterpolatedString(github.command)).toBe(true);
    expect(host.homeNix('alice')).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix interpolation in emitted text
      'command = "${pkgs.github-mcp-server}/bin/github-mcp-server";',
    );
  });

  it('installs the agent tools that have no home-manager module', () => {
    expect(packageNames(host.homeValue('alice', 'home.packages'))).toEqual(
      expect.arrayContaining(['aider-chat', 'ollama', 'repomix', 'crush']),
    );
  });

  it('takes the agent CLIs from the llm-agents flake through its overlay', () => {
    expect(host.nix()).toContain('# overlay llm-agents');
    expect(host.nix()).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix interpolation in emitted text
      'claude-code = inputs.llm-agents.packages.${final.stdenv.hostPlatform.system}.claude-code;',
    );
    const flake = host.result.files.get('flake.nix') ?? '';
    expect(flake).toContain('url = "github:numtide/llm-agents.nix";');
    expect(flake).toMatch(/llm-agents = \{\n\s+inputs\.nixpkgs\.follows = "nixpkgs";/);
  });
});
