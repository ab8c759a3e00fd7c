import { sshHostKeyFact } from '@cdknix/aspect-known-hosts';
import { memberIdFact } from '@cdknix/aspect-zerotier';

/**
 * The facts every host publishes, under the names the services read. The keys in this
 * repository are fake (their payload spells "fake-cdknix-key-<host>").
 */
export function hostFacts(facts: {
  sshHostKey: string;
  zerotierMemberId: string;
}): Record<string, string> {
  return { [sshHostKeyFact]: facts.sshHostKey, [memberIdFact]: facts.zerotierMemberId };
}
