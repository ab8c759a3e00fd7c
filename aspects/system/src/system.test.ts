import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { substituters, trustedPublicKeys } from './substituters.js';
import { system } from './system.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

describe('the system aspect', () => {
  const server = Testing.synthHost({ class: 'nixos', aspects: [system], users: [Testing.user()] });
  const laptop = Testing.synthHost({ class: 'darwin', aspects: [system], users: [Testing.user()] });

  it('gives servers and laptops the same caches and keys, and flakes', () => {
    for (const host of [server, laptop]) {
      expect(host.value('nix.settings.substituters')).toEqual(substituters);
      expect(host.value('nix.settings.trusted-public-keys')).toEqual(trustedPublicKeys);
      expect(host.value('nix.settings.experimental-features')).toEqual(['nix-command', 'flakes']);
    }
  });

  it('trusts the administrators\u2019 group of each class: wheel on NixOS, admin on macOS', () => {
    expect(server.value('nix.settings.trusted-users')).toEqual(['root', '@wheel']);
    expect(laptop.value('nix.settings.trusted-users')).toEqual(['root', '@admin']);
  });

  it('leaves max-jobs as a default a host may override', () => {
    expect(server.value('nix.settings.max-jobs')).toBe('auto');
    expect(server.nix()).toContain('max-jobs = lib.mkDefault "auto";');
    const builder = Testing.synthHost({
      class: 'nixos',
      aspects: [system],
      settings: { nix: { settings: { 'max-jobs': 16 } } },
    });
    expect(builder.value('nix.settings.max-jobs')).toBe(16);
  });

  it('runs servers on UTC and laptops on their owners\u2019 time zone', () => {
    expect(server.value('time.timeZone')).toBe('UTC');
    expect(laptop.value('time.timeZone')).toBe('America/New_York');
  });

  it('installs the base packages on both classes, plus each class\u2019s own tools', () => {
    const base = ['coreutils', 'curl', 'git', 'gnumake', 'htop', 'rsync', 'vim', 'wget'];
    expect(packageNames(server.value('environment.systemPackages'))).toEqual([
      ...base,
      'pciutils',
      'usbutils',
      'lsof',
      'strace',
    ]);
    expect(packageNames(laptop.value('environment.systemPackages'))).toEqual([
      ...base,
      'mas',
      'darwin.trash',
    ]);
  });

  it('points each user\u2019s nh at the fleet flake in their home and cleans old profiles', () => {
    expect(server.homeValue('alice', 'programs.nh.flake')).toBe(
      '/home/alice/projects/nix-workspace/infra',
    );
    expect(laptop.homeValue('alice', 'programs.nh.clean.enable')).toBe(true);
    expect(laptop.homeNix('alice')).toContain(
      'flake = "/Users/alice/projects/nix-workspace/infra";',
    );
  });
});
