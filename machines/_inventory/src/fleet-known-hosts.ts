import { knownHosts } from '@cdknix/aspect-known-hosts';

/** Public DNS zone of the servers; laptops are reached over the VPN (`<host>.zt`). */
export const fleetDomain = 'fleet.example.net';

export const fleetKnownHosts = knownHosts.instance('fleet-known-hosts', {
  domains: ['zt', fleetDomain],
});
