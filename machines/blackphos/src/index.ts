import { defineHost } from '@cdknix/constructs';
import { fleetKnownHosts, hostFacts, laptopAspects, vpn } from '@cdknix-fleet/inventory';
import { crs58, raquel } from '@cdknix-fleet/users';

/** raquel's laptop; crs58 administers it. */
export default defineHost({
  name: 'blackphos',
  class: 'darwin',
  system: 'aarch64-darwin',
  stateVersion: 5,
  aspects: laptopAspects,
  users: [raquel, crs58],
  services: [vpn.role('peer'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1ibGFja3Bob3MtLS0tLS0t',
    zerotierMemberId: 'd6fde41c5e',
  }),
  settings: {
    system: { primaryUser: 'raquel' },
    aspects: { homebrew: { additionalCasks: ['rstudio', 'igv', 'mendeley-reference-manager'] } },
  },
});
