export { knownHosts } from './known-hosts.js';
export { type KnownHostEntry, knownHostEntries, sshHostKeyFact } from './known-hosts-entries.js';
