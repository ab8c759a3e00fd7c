import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { darwinApps } from './darwin-apps.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

describe('the darwin-apps aspect', () => {
  const laptop = Testing.synthHost({ class: 'darwin', aspects: [darwinApps] });

  it('installs the macOS applications nixpkgs packages, system-wide', () => {
    expect(packageNames(laptop.value('environment.systemPackages'))).toEqual([
      'appcleaner',
      'hidden-bar',
      'iina',
      'maccy',
      'monitorcontrol',
      'raycast',
      'rectangle',
      'stats',
      'utm',
      'keka',
      'pinentry_mac',
    ]);
  });

  it('installs the fleet fonts, nerd fonts included, as system fonts', () => {
    expect(packageNames(laptop.value('fonts.packages'))).toEqual(
      expect.arrayContaining(['nerd-fonts.jetbrains-mono', 'nerd-fonts.symbols-only', 'inter']),
    );
    expect(laptop.nix()).toContain('    pkgs.nerd-fonts.symbols-only\n');
  });

  it('runs the GnuPG agent without taking over the SSH agent', () => {
    expect(laptop.value('programs.gnupg.agent.enable')).toBe(true);
    expect(laptop.value('programs.gnupg.agent.enableSSHSupport')).toBe(false);
  });

  it('cannot be used on a NixOS host: it has only a darwin part', () => {
    expect(() => Testing.synthHost({ class: 'nixos', aspects: [darwinApps] })).toThrow(
      "aspect 'darwin-apps' has no part for class 'nixos'",
    );
  });
});
