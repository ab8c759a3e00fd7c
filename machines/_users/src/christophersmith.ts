import { core } from '@cdknix/aspect-core';
import { development } from '@cdknix/aspect-development';
import { terminal } from '@cdknix/aspect-terminal';
import { tools } from '@cdknix/aspect-tools';
import { defineUser } from '@cdknix/constructs';

/** A developer on argentum: fish, Go and TypeScript, cloud tools. */
export const christophersmith = defineUser({
  name: 'christophersmith',
  fullName: 'Christopher Smith',
  email: 'christophersmith@example.com',
  shell: 'fish',
  sshKeys: [
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS1jaHJpc3RvcGhlcnNtaXRo christophersmith@argentum',
  ],
  aspects: [core, development, terminal, tools],
  homeManager: {
    aspects: { development: { languages: ['go', 'typescript'] } },
  },
});
