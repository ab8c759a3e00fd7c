import { defineHost } from '@cdknix/constructs';
import {
  fleetDomain,
  fleetKnownHosts,
  hostFacts,
  serverAspects,
  vpn,
} from '@cdknix-fleet/inventory';
import { crs58 } from '@cdknix-fleet/users';

const servers = ['cinnabar', 'electrum', 'galena', 'scheelite'];

/** The monitor: Prometheus scraping every server's node exporter over the VPN. */
export default defineHost({
  name: 'galena',
  class: 'nixos',
  system: 'x86_64-linux',
  stateVersion: '25.11',
  aspects: serverAspects,
  users: [crs58],
  services: [vpn.role('peer'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1nYWxlbmEtLS0tLS0tLS0t',
    zerotierMemberId: '1a242fd21d',
  }),
  deploy: { hostname: `galena.${fleetDomain}`, sshUser: 'crs58' },
  settings: {
    boot: { loader: { grub: { device: '/dev/vda' } } },
    services: {
      prometheus: {
        enable: true,
        retentionTime: '30d',
        scrapeConfigs: [
          {
            job_name: 'node',
            static_configs: [{ targets: servers.map((server) => `${server}.zt:9100`) }],
          },
        ],
      },
      grafana: { enable: true, settings: { server: { http_addr: '127.0.0.1', http_port: 3000 } } },
    },
  },
});
