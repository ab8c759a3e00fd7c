import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { sharedAliases } from './aliases.js';
import { shell } from './shell.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

describe('the shell aspect', () => {
  const server = Testing.synthHost({ class: 'nixos', aspects: [shell], users: [Testing.user()] });

  it('makes zsh, fish and nushell valid login shells on NixOS', () => {
    expect(server.value('programs.zsh.enable')).toBe(true);
    expect(server.value('programs.fish.enable')).toBe(true);
    expect(packageNames(server.value('environment.shells'))).toEqual([
      'bashInteractive',
      'zsh',
      'fish',
      'nushell',
    ]);
  });

  it('makes them valid login shells on macOS too, from the same part', () => {
    const laptop = Testing.synthHost({
      class: 'darwin',
      aspects: [shell],
      users: [Testing.user()],
    });
    expect(laptop.value('programs.fish.enable')).toBe(true);
    expect(packageNames(laptop.value('environment.shells'))).toContain('nushell');
    expect(laptop.nix()).toContain('    pkgs.nushell\n');
  });

  it('gives bash, zsh and fish (home.shellAliases) and nushell the same shared aliases', () => {
    expect(server.homeValue('alice', 'home.shellAliases')).toEqual(sharedAliases);
    expect(server.homeValue('alice', 'programs.nushell.shellAliases')).toEqual(sharedAliases);
  });

  it('adds a user\u2019s extraAliases to the shared set in every shell, overriding a shared one', () => {
    const host = Testing.synthHost({
      class: 'nixos',
      aspects: [shell],
      users: [
        Testing.user({
          homeManager: { aspects: { shell: { extraAliases: { gs: 'git status', g: 'gitui' } } } },
        }),
      ],
    });
    const expected = { ...sharedAliases, gs: 'git status', g: 'gitui' };
    expect(host.homeValue('alice', 'home.shellAliases')).toEqual(expected);
    expect(host.homeValue('alice', 'programs.nushell.shellAliases')).toEqual(expected);
    expect(host.homeNix('alice')).toContain('gs = "git status";');
  });

  it('configures one prompt, one history and the navigation tools for every shell', () => {
    for (const program of ['zsh', 'fish', 'nushell', 'bash', 'starship', 'atuin', 'zoxide', 'fzf'])
      expect(server.homeValue('alice', `programs.${program}.enable`), program).toBe(true);
    expect(server.homeValue('alice', 'programs.atuin.flags')).toEqual(['--disable-up-arrow']);
    expect(server.homeValue('alice', 'programs.fish.shellAbbrs.gst')).toBe('git status');
  });

  it('emits the zsh history where XDG puts state, and the aliases as plain strings', () => {
    const nix = server.homeNix('alice');
    expect(nix).toContain('path = "$HOME/.local/state/zsh/history";');
    expect(nix).toContain('cat = "bat --paging=never";');
  });
});
