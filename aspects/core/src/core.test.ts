import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { core } from './core.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

describe('the core aspect', () => {
  const host = Testing.synthHost({ class: 'nixos', aspects: [core], users: [Testing.user()] });

  it('turns on XDG directories and home-manager itself in every home', () => {
    expect(host.homeValue('alice', 'xdg.enable')).toBe(true);
    expect(host.homeValue('alice', 'home.preferXdgDirectories')).toBe(true);
    expect(host.homeValue('alice', 'programs.home-manager.enable')).toBe(true);
    expect(host.homeValue('alice', 'news.display')).toBe('silent');
  });

  it('keeps less and wget from writing dotfiles into the home directory', () => {
    expect(host.homeValue('alice', 'home.sessionVariables')).toEqual({
      LESSHISTFILE: '-',
      WGETRC: '$HOME/.config/wgetrc',
    });
  });

  it('multiplexes SSH connections and forwards the agent only into the VPN names', () => {
    expect(host.homeValue('alice', 'programs.ssh.enable')).toBe(true);
    expect(host.homeValue('alice', 'programs.ssh.enableDefaultConfig')).toBe(false);
    const blocks = host.homeValue('alice', 'programs.ssh.matchBlocks') as Record<string, any>;
    expect(blocks['*']).toMatchObject({ controlMaster: 'auto', controlPersist: '10m' });
    expect(blocks['*']).not.toHaveProperty('forwardAgent');
    expect(blocks['*.zt']).toEqual({ forwardAgent: true });
    expect(blocks['github.com']).toEqual({ user: 'git', identitiesOnly: true });
  });

  it('installs the fleet fonts and lets fontconfig find them', () => {
    expect(host.homeValue('alice', 'fonts.fontconfig.enable')).toBe(true);
    expect(packageNames(host.homeValue('alice', 'home.packages'))).toEqual([
      'nerd-fonts.jetbrains-mono',
      'nerd-fonts.fira-code',
      'nerd-fonts.monaspace',
      'noto-fonts',
      'noto-fonts-color-emoji',
      'source-code-pro',
    ]);
  });

  it('emits the agent forwarding rule as one attribute path in the home module', () => {
    const nix = host.homeNix('alice');
    expect(nix).toContain('"*.zt".forwardAgent = true;');
    expect(nix).toContain('    pkgs.nerd-fonts.jetbrains-mono\n');
    expect(nix).toContain('# aspects/core: src/ssh-client.ts:');
  });

  it('touches only home-manager: the system module carries none of its parts', () => {
    expect(host.nix()).not.toContain('aspects/core');
  });

  it('works the same as a user aspect on a laptop, with the home under /Users', () => {
    const laptop = Testing.synthHost({
      class: 'darwin',
      users: [Testing.user({ aspects: [core] })],
    });
    expect(laptop.homeValue('alice', 'home.homeDirectory')).toBe('/Users/alice');
    expect(laptop.homeValue('alice', 'programs.ssh.enable')).toBe(true);
    expect(laptop.homeValue('alice', 'xdg.enable')).toBe(true);
  });
});
