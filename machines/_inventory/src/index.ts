export { fleetDomain, fleetKnownHosts } from './fleet-known-hosts.js';
export { hostFacts } from './host-facts.js';
export { laptopAspects, serverAspects } from './profiles.js';
export { vpn } from './vpn.js';
