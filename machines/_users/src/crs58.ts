import { ai } from '@cdknix/aspect-ai';
import { core } from '@cdknix/aspect-core';
import { development } from '@cdknix/aspect-development';
import { packages } from '@cdknix/aspect-packages';
import { terminal } from '@cdknix/aspect-terminal';
import { tools } from '@cdknix/aspect-tools';
import { defineUser } from '@cdknix/constructs';

/** The fleet's administrator: on every laptop, with admin rights on every server. */
export const crs58 = defineUser({
  name: 'crs58',
  fullName: 'Cameron Smith',
  email: 'crs58@users.noreply.example.com',
  shell: 'zsh',
  admin: true,
  // Fake keys (the payload spells "fake-cdknix-key-..."): never a real credential.
  sshKeys: [
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1jcnM1OC0tLS0tLS0tLS0t crs58@fleet',
  ],
  aspects: [core, development, terminal, tools, packages, ai],
  homeManager: {
    aspects: {
      development: {
        languages: ['python', 'typescript', 'rust', 'go', 'haskell', 'scala', 'lean'],
      },
      packages: { sets: ['compute', 'databases', 'media', 'networking', 'publishing', 'science'] },
      shell: {
        extraAliases: { deploy: 'nix run .#deploy', fleet: 'cd ~/projects/nix-workspace/infra' },
      },
    },
  },
});
