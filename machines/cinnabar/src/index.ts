import { defineHost } from '@cdknix/constructs';
import {
  fleetDomain,
  fleetKnownHosts,
  hostFacts,
  serverAspects,
  vpn,
} from '@cdknix-fleet/inventory';
import { crs58 } from '@cdknix-fleet/users';

/** The VPN controller and the fleet's public entry point (a small reverse proxy). */
export default defineHost({
  name: 'cinnabar',
  class: 'nixos',
  system: 'x86_64-linux',
  stateVersion: '25.11',
  aspects: serverAspects,
  users: [crs58],
  services: [vpn.role('controller'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1jaW5uYWJhci0tLS0tLS0t',
    zerotierMemberId: 'db4a2c1f9e',
  }),
  deploy: { hostname: `cinnabar.${fleetDomain}`, sshUser: 'crs58' },
  settings: {
    boot: { loader: { grub: { device: '/dev/sda' } } },
    systemd: {
      network: {
        networks: {
          '10-wan': {
            matchConfig: { Name: 'enp1s0' },
            networkConfig: { DHCP: 'ipv4' },
            address: ['2a01:4f8:c012:5e1d::1/64'],
            routes: [{ Gateway: 'fe80::1' }],
          },
        },
      },
    },
    aspects: { 'nixos-services': { openTCPPorts: [80, 443] } },
    services: {
      caddy: {
        enable: true,
        email: 'crs58@users.noreply.example.com',
        virtualHosts: { [`status.${fleetDomain}`]: { extraConfig: 'respond "ok" 200' } },
      },
    },
  },
});
