import type { RoleMember } from '@cdknix/constructs';
import { memberIdFact } from './zerotier-settings.js';

/**
 * The controller authorizes exactly the fleet's members through its local API, so that
 * joining the network needs no click in a web console. The member ids are the facts the
 * peers publish; the script is data (a shell text), regenerated when a member changes.
 */
export function authorizeMembersScript(networkId: string, members: readonly RoleMember[]): string {
  const lines = [
    'set -eu',
    'token=$(cat /var/lib/zerotier-one/authtoken.secret)',
    `network=${networkId}`,
  ];
  for (const member of members) {
    const memberId = member.host.facts[memberIdFact];
    if (memberId === undefined) continue;
    lines.push(
      `# ${member.host.name}`,
      `curl -fsS -X POST -H "X-ZT1-AUTH: $token" -d '{"authorized": true, "name": "${member.host.name}"}' ` +
        `"http://localhost:9993/controller/network/$network/member/${memberId}"`,
    );
  }
  return lines.join('\n');
}
