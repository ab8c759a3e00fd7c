import { defineHost } from '@cdknix/constructs';
import { fleetKnownHosts, hostFacts, laptopAspects, vpn } from '@cdknix-fleet/inventory';
import { crs58 } from '@cdknix-fleet/users';

/** crs58's own laptop: the primary workstation, with the heaviest Homebrew set. */
export default defineHost({
  name: 'stibnite',
  class: 'darwin',
  system: 'aarch64-darwin',
  stateVersion: 4,
  aspects: laptopAspects,
  users: [crs58],
  services: [vpn.role('peer'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1zdGlibml0ZS0tLS0tLS0t',
    zerotierMemberId: '97decb808c',
  }),
  settings: {
    system: { primaryUser: 'crs58' },
    // The Nix installer created nixbld with GID 350 on this machine, before nix-darwin.
    ids: { gids: { nixbld: 350 } },
    aspects: {
      homebrew: {
        additionalCasks: [
          'dbeaver-community',
          'gpg-suite',
          'inkscape',
          'keycastr',
          'meld',
          'postgres-app',
        ],
        additionalBrews: ['incus'],
        additionalMasApps: { 'save-to-raindrop-io': 1549370672 },
      },
    },
    services: { openssh: { enable: true } },
  },
});
