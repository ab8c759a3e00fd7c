import { defineHost } from '@cdknix/constructs';
import {
  fleetDomain,
  fleetKnownHosts,
  hostFacts,
  serverAspects,
  vpn,
} from '@cdknix-fleet/inventory';
import { crs58 } from '@cdknix-fleet/users';

/** The remote builder: big cores, builds for the laptops, emulates aarch64-linux. */
export default defineHost({
  name: 'scheelite',
  class: 'nixos',
  system: 'x86_64-linux',
  stateVersion: '25.11',
  aspects: serverAspects,
  users: [crs58],
  services: [vpn.role('peer'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1zY2hlZWxpdGUtLS0tLS0t',
    zerotierMemberId: 'd6fe992175',
  }),
  deploy: { hostname: `scheelite.${fleetDomain}`, sshUser: 'crs58' },
  settings: {
    boot: {
      loader: { grub: { device: '/dev/sda' } },
      binfmt: { emulatedSystems: ['aarch64-linux'] },
    },
    nix: {
      settings: {
        'max-jobs': 16,
        cores: 4,
        'system-features': ['benchmark', 'big-parallel', 'kvm', 'nixos-test'],
      },
    },
    aspects: { 'nixos-services': { monitoring: true } },
  },
});
