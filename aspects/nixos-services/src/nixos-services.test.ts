import { Testing } from '@cdknix/constructs/testing';
import { describe, expect, it } from 'vitest';
import { nixosServices } from './nixos-services.js';

/** A server with the aspect and its own `aspects.nixos-services.*` settings. */
function synthServer(options: Record<string, unknown> = {}) {
  return Testing.synthHost({
    class: 'nixos',
    aspects: [nixosServices],
    settings: { aspects: { 'nixos-services': options } },
  });
}

describe('the nixos-services aspect', () => {
  const server = synthServer();

  it('runs OpenSSH with keys only and no root password logins', () => {
    expect(server.value('services.openssh.enable')).toBe(true);
    expect(server.value('services.openssh.settings.PasswordAuthentication')).toBe(false);
    expect(server.value('services.openssh.settings.KbdInteractiveAuthentication')).toBe(false);
    expect(server.value('services.openssh.settings.PermitRootLogin')).toBe('prohibit-password');
    expect(server.value('services.openssh.hostKeys')).toEqual([
      { type: 'ed25519', path: '/etc/ssh/ssh_host_ed25519_key' },
    ]);
  });

  it('opens SSH through its own option and no other TCP port by default', () => {
    expect(server.value('services.openssh.openFirewall')).toBe(true);
    expect(server.value('networking.firewall.enable')).toBe(true);
    expect(server.value('networking.firewall.allowedTCPPorts')).toEqual([]);
  });

  it('opens the TCP ports a host lists in openTCPPorts', () => {
    const web = synthServer({ openTCPPorts: [80, 443] });
    expect(web.value('networking.firewall.allowedTCPPorts')).toEqual([80, 443]);
    expect(web.nix()).toMatch(/allowedTCPPorts = \[\n\s+80\n\s+443\n\s+\];/);
  });

  it('refuses a port outside 0-65535, naming the option', () => {
    expect(() => synthServer({ openTCPPorts: [70000] })).toThrow(
      /aspects\.nixos-services\.openTCPPorts/,
    );
  });

  it('runs the node exporter for the fleet monitor, its port closed to the public', () => {
    expect(server.value('services.prometheus.exporters.node.enable')).toBe(true);
    expect(server.value('services.prometheus.exporters.node.port')).toBe(9100);
    expect(server.value('services.prometheus.exporters.node.openFirewall')).toBe(false);
  });

  it('emits no exporter at all when a host turns monitoring off', () => {
    expect(synthServer({ monitoring: false }).nix()).not.toContain('prometheus');
  });

  it('bans brute-force sources but never the fleet\u2019s VPN network', () => {
    expect(server.value('services.fail2ban.enable')).toBe(true);
    expect(server.value('services.fail2ban.ignoreIP')).toContain('10.147.17.0/24');
    expect(server.nix()).toContain('maxtime = "168h";');
  });
});
