import { ai } from '@cdknix/aspect-ai';
import { core } from '@cdknix/aspect-core';
import { development } from '@cdknix/aspect-development';
import { packages } from '@cdknix/aspect-packages';
import { terminal } from '@cdknix/aspect-terminal';
import { tools } from '@cdknix/aspect-tools';
import { defineUser } from '@cdknix/constructs';

/** A researcher: bioinformatics and publishing, Python and R, on blackphos. */
export const raquel = defineUser({
  name: 'raquel',
  fullName: 'Raquel',
  email: 'raquel@example.com',
  shell: 'zsh',
  sshKeys: [
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1yYXF1ZWwtLS0tLS0tLS0t raquel@blackphos',
  ],
  aspects: [core, development, terminal, tools, packages, ai],
  homeManager: {
    aspects: {
      development: { languages: ['python'] },
      packages: { sets: ['bioinformatics', 'compute', 'databases', 'publishing', 'science'] },
    },
  },
});
