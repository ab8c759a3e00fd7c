import type { RoleMember } from '@cdknix/constructs';

/** The fact each host publishes: its ed25519 SSH host public key (`ssh-ed25519 AAAA...`). */
export const sshHostKeyFact = 'sshHostKey';

export interface KnownHostEntry {
  hostNames: string[];
  publicKey: string;
}

/**
 * One entry per member that published a host key, under its short name and its names in
 * each extra domain (`cinnabar`, `cinnabar.zt`). Members without a key are skipped, and
 * synth does not report them: the reference fleet's tests (`machines/_fleet-tests`) check
 * that every host publishes one.
 */
export function knownHostEntries(
  members: readonly RoleMember[],
  domains: readonly string[],
): Record<string, KnownHostEntry> {
  const entries: Record<string, KnownHostEntry> = {};
  for (const { host } of members) {
    const publicKey = host.facts[sshHostKeyFact];
    if (publicKey === undefined) continue;
    entries[host.name] = {
      hostNames: [host.name, ...domains.map((domain) => `${host.name}.${domain}`)],
      publicKey,
    };
  }
  return entries;
}
