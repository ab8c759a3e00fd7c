import { Testing } from '@cdknix/constructs/testing';
import { describe, expect, it } from 'vitest';
import { nixosCore } from './nixos-core.js';

describe('the nixos-core aspect', () => {
  const server = Testing.synthHost({ class: 'nixos', aspects: [nixosCore] });

  it('boots with GRUB by default, keeps ten generations and a serial console', () => {
    expect(server.value('boot.loader.grub.enable')).toBe(true);
    expect(server.value('boot.loader.grub.configurationLimit')).toBe(10);
    expect(server.value('boot.kernelParams')).toEqual(['console=ttyS0,115200n8']);
    expect(server.nix()).toContain('enable = lib.mkDefault true;');
  });

  it('lets a host replace the boot loader and DHCP defaults with its own settings', () => {
    const staticServer = Testing.synthHost({
      class: 'nixos',
      aspects: [nixosCore],
      settings: { boot: { loader: { grub: { enable: false } } }, networking: { useDHCP: false } },
    });
    expect(staticServer.value('boot.loader.grub.enable')).toBe(false);
    expect(staticServer.value('networking.useDHCP')).toBe(false);
    expect(server.value('networking.useDHCP')).toBe(true);
  });

  it('uses systemd-networkd and nftables', () => {
    expect(server.value('networking.useNetworkd')).toBe(true);
    expect(server.value('networking.nftables.enable')).toBe(true);
  });

  it('collects garbage weekly, catching up on a run missed while down', () => {
    expect(server.value('nix.gc.automatic')).toBe(true);
    expect(server.value('nix.gc.dates')).toBe('weekly');
    expect(server.value('nix.gc.persistent')).toBe(true);
    expect(server.value('nix.settings.min-free')).toBe(1073741824);
  });

  it('declares users only in configuration and lets administrators sudo without a password', () => {
    expect(server.value('users.mutableUsers')).toBe(false);
    expect(server.value('security.sudo.wheelNeedsPassword')).toBe(false);
    expect(server.value('security.sudo.execWheelOnly')).toBe(true);
  });

  it('hardens the kernel against redirects and pointer leaks', () => {
    const sysctl = server.value('boot.kernel.sysctl') as Record<string, unknown>;
    expect(sysctl['kernel.kptr_restrict']).toBe(2);
    expect(sysctl['net.ipv4.conf.all.accept_redirects']).toBe(0);
    expect(server.nix()).toContain('"kernel.kptr_restrict" = 2;');
  });

  it('bounds the journal and drops local documentation on small machines', () => {
    expect(server.value('documentation.nixos.enable')).toBe(false);
    expect(server.value('zramSwap.memoryPercent')).toBe(50);
    expect(server.nix()).toContain('    SystemMaxUse=1G\n');
  });

  it('brings the system and overlays aspects along', () => {
    expect(server.value('time.timeZone')).toBe('UTC');
    expect(server.value('nix.settings.trusted-users')).toEqual(['root', '@wheel']);
    expect(server.value('nixpkgs.config.allowUnfree')).toBe(true);
    expect(server.nix()).toContain('# overlay stable-channel');
  });
});
