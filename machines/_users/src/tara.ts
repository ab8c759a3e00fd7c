import { core } from '@cdknix/aspect-core';
import { development } from '@cdknix/aspect-development';
import { packages } from '@cdknix/aspect-packages';
import { terminal } from '@cdknix/aspect-terminal';
import { defineUser } from '@cdknix/constructs';

/** A student on rosegold: nushell, OCaml and Lean for coursework. */
export const tara = defineUser({
  name: 'tara',
  fullName: 'Tara',
  email: 'tara@example.com',
  shell: 'nushell',
  sshKeys: [
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2UtY2Rrbml4LWtleS10YXJhLS0tLS0tLS0tLS0t tara@rosegold',
  ],
  aspects: [core, development, terminal, packages],
  homeManager: {
    aspects: {
      development: { languages: ['ocaml', 'lean', 'python'] },
      packages: { sets: ['science', 'publishing'] },
      shell: { extraAliases: { ocb: 'dune build @all' } },
    },
  },
});
