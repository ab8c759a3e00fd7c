import { defineHost } from '@cdknix/constructs';
import {
  fleetDomain,
  fleetKnownHosts,
  hostFacts,
  serverAspects,
  vpn,
} from '@cdknix-fleet/inventory';
import { crs58 } from '@cdknix-fleet/users';

/** The database server: PostgreSQL, reachable over the VPN only. */
export default defineHost({
  name: 'electrum',
  class: 'nixos',
  system: 'x86_64-linux',
  stateVersion: '25.11',
  aspects: serverAspects,
  users: [crs58],
  services: [vpn.role('peer'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1lbGVjdHJ1bS0tLS0tLS0t',
    zerotierMemberId: 'c73ecaa2be',
  }),
  deploy: { hostname: `electrum.${fleetDomain}`, sshUser: 'crs58' },
  settings: {
    boot: { loader: { grub: { device: '/dev/sda' } } },
    services: {
      postgresql: {
        enable: true,
        enableTCPIP: true,
        ensureDatabases: ['beads', 'analytics'],
        authentication: 'host all all 10.147.17.0/24 scram-sha-256',
        settings: { shared_buffers: '1GB', max_connections: 200 },
      },
      postgresqlBackup: { enable: true, startAt: '*-*-* 02:15:00' },
    },
  },
});
