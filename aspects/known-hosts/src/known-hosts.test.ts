import { Testing } from '@cdknix/constructs/testing';
import { describe, expect, it } from 'vitest';
import { knownHosts } from './known-hosts.js';
import { sshHostKeyFact } from './known-hosts-entries.js';

const fleetKnownHosts = knownHosts.instance('test-known-hosts', { domains: ['zt'] });

const fakeKey = (name: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5-fake-${name}`;

/** A member host publishing its SSH host key, unless it has none. */
function member(name: string, nixClass: 'nixos' | 'darwin', withKey = true) {
  return Testing.host({
    name,
    class: nixClass,
    services: [fleetKnownHosts.role('member')],
    facts: withKey ? { [sshHostKeyFact]: fakeKey(name) } : {},
  });
}

/** The emitted entry for `known` in a `programs.ssh.knownHosts` set of several hosts. */
const entry = (known: string) =>
  `    ${known} = {\n      hostNames = [\n        "${known}"\n        "${known}.zt"\n      ];\n      publicKey = "${fakeKey(known)}";\n    };\n`;

describe('the known-hosts service', () => {
  const result = Testing.synth([member('cinnabar', 'nixos'), member('stibnite', 'darwin')]);
  const server = result.files.get('hosts/cinnabar/configuration.nix') ?? '';
  const laptop = result.files.get('hosts/stibnite/darwin-configuration.nix') ?? '';

  it('synthesizes a NixOS and a darwin member without problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('makes every member trust every member\u2019s host key, its own included', () => {
    for (const nix of [server, laptop]) {
      expect(nix).toContain('programs.ssh.knownHosts = {\n');
      expect(nix).toContain(entry('cinnabar'));
      expect(nix).toContain(entry('stibnite'));
    }
  });

  it('knows each member under its short name and its name in each extra domain', () => {
    const withPublicZone = knownHosts.instance('zones', { domains: ['zt', 'example.net'] });
    const synth = Testing.synthHost({
      name: 'electrum',
      services: [withPublicZone.role('member')],
      facts: { [sshHostKeyFact]: fakeKey('electrum') },
    });
    expect(synth.value('programs.ssh.knownHosts.electrum.hostNames')).toEqual([
      'electrum',
      'electrum.zt',
      'electrum.example.net',
    ]);
    expect(synth.value('programs.ssh.knownHosts.electrum.publicKey')).toBe(fakeKey('electrum'));
  });

  it('skips a member that publishes no host key instead of writing an empty entry', () => {
    const partial = Testing.synth([member('cinnabar', 'nixos'), member('galena', 'nixos', false)]);
    const nix = partial.files.get('hosts/cinnabar/configuration.nix') ?? '';
    expect(nix).toContain('programs.ssh.knownHosts.cinnabar = {');
    expect(nix).not.toContain('galena = {');
  });
});
