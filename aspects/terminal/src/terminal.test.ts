import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { terminal } from './terminal.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

describe('the terminal aspect', () => {
  const host = Testing.synthHost({ class: 'nixos', aspects: [terminal], users: [Testing.user()] });

  it('turns on the file viewers, searchers, multiplexers and monitors', () => {
    const programs = ['bat', 'eza', 'yazi', 'ripgrep', 'fd', 'tmux', 'zellij', 'btop', 'lazygit'];
    for (const program of programs)
      expect(host.homeValue('alice', `programs.${program}.enable`), program).toBe(true);
  });

  it('searches hidden files but never inside .git', () => {
    expect(host.homeValue('alice', 'programs.ripgrep.arguments')).toEqual([
      '--smart-case',
      '--hidden',
      '--glob=!.git/*',
    ]);
    expect(host.homeValue('alice', 'programs.fd.hidden')).toBe(true);
    expect(host.homeValue('alice', 'programs.fd.ignores')).toContain('.git/');
  });

  it('sets tmux up for remote sessions: vi keys, no escape delay, its plugins from pkgs', () => {
    expect(host.homeValue('alice', 'programs.tmux.keyMode')).toBe('vi');
    expect(host.homeValue('alice', 'programs.tmux.escapeTime')).toBe(0);
    expect(host.homeNix('alice')).toContain('pkgs.tmuxPlugins.vim-tmux-navigator');
  });

  it('installs the small Unix utilities as packages', () => {
    expect(packageNames(host.homeValue('alice', 'home.packages'))).toEqual(
      expect.arrayContaining(['du-dust', 'procs', 'sd', 'xh', 'zstd']),
    );
  });

  it('pages lazygit diffs through delta', () => {
    expect(host.homeNix('alice')).toContain('pager = "delta --dark --paging=never";');
  });
});
