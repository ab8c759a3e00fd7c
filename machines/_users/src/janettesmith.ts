import { core } from '@cdknix/aspect-core';
import { packages } from '@cdknix/aspect-packages';
import { terminal } from '@cdknix/aspect-terminal';
import { defineUser } from '@cdknix/constructs';

/** A non-developer home on rosegold: fish, documents and media. */
export const janettesmith = defineUser({
  name: 'janettesmith',
  fullName: 'Janette Smith',
  email: 'janettesmith@example.com',
  shell: 'fish',
  sshKeys: [
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1qYW5ldHRlc21pdGgtLS0t janettesmith@rosegold',
  ],
  aspects: [core, terminal, packages],
  homeManager: {
    aspects: { packages: { sets: ['media', 'publishing'] } },
    programs: { git: { enable: true } },
  },
});
