import { defineService, type RoleContext } from '@cdknix/constructs';
import { z } from 'zod';
import { knownHostEntries } from './known-hosts-entries.js';

const instanceSettingsSchema = z.object({
  /** Domains every host is also known under (`zt` for the VPN, a public DNS zone). */
  domains: z.array(z.string()).default([]),
});
type Context = RoleContext<unknown, z.output<typeof instanceSettingsSchema>>;

/** Same option path on both classes: `programs.ssh.knownHosts.<name>.{hostNames,publicKey}`. */
function knownHostsModule({ members, instance }: Context) {
  return {
    programs: {
      ssh: { knownHosts: knownHostEntries(members.member ?? [], instance.settings.domains) },
    },
  };
}

/**
 * Fleet-wide SSH known hosts: every member trusts every member's host key (its own
 * included), so the first SSH connection between two machines never asks.
 */
export const knownHosts = defineService({
  name: 'known-hosts',
  settings: instanceSettingsSchema,
  roles: {
    member: {
      description:
        'Publishes its SSH host key (the `sshHostKey` fact) and trusts every member key.',
      nixos: knownHostsModule,
      darwin: knownHostsModule,
    },
  },
});
