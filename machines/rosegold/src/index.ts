import { defineHost } from '@cdknix/constructs';
import { fleetKnownHosts, hostFacts, laptopAspects, vpn } from '@cdknix-fleet/inventory';
import { crs58, janettesmith, tara } from '@cdknix-fleet/users';

/** A shared family laptop: two everyday users, administered by crs58. No App Store apps. */
export default defineHost({
  name: 'rosegold',
  class: 'darwin',
  system: 'aarch64-darwin',
  stateVersion: 5,
  aspects: laptopAspects,
  users: [janettesmith, tara, crs58],
  services: [vpn.role('peer'), fleetKnownHosts.role('member')],
  facts: hostFacts({
    sshHostKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1yb3NlZ29sZC0tLS0tLS0t',
    zerotierMemberId: '9ce93413fd',
  }),
  settings: {
    system: { primaryUser: 'janettesmith', defaults: { dock: { tilesize: 64 } } },
    aspects: {
      homebrew: { additionalCasks: ['google-chrome', 'microsoft-word', 'vlc'], manageFonts: false },
    },
  },
});
