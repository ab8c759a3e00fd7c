import { defineHost } from '@cdknix/constructs';
import { fleetKnownHosts, hostFacts, laptopAspects, vpn } from '@cdknix-fleet/inventory';
import { christophersmith, crs58 } from '@cdknix-fleet/users';

/** christophersmith's laptop; an Intel-era setup would say x86_64-darwin here. */
export default defineHost({
  name: 'argentum',
  class: 'darwin',
  system: 'aarch64-darwin',
  stateVersion: 5,
  aspects: laptopAspects,
  users: [christophersmith, crs58],
  services: [vpn.role('peer'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1hcmdlbnR1bS0tLS0tLS0t',
    zerotierMemberId: 'c19273140c',
  }),
  settings: {
    system: { primaryUser: 'christophersmith' },
    aspects: { homebrew: { additionalCasks: ['docker-desktop', 'insomnia', 'figma'] } },
  },
});
