import { defaultOptionSets, evaluateHost, Fleet, type HostSpec } from '@cdknix/constructs';
import { Testing } from '@cdknix/constructs/testing';
import { describe, expect, it } from 'vitest';
import { zerotier } from './zerotier.js';
import { memberIdFact } from './zerotier-settings.js';

const networkId = 'db4a2c1f9e6f1a2b';
const vpn = zerotier.instance('test-vpn', { networkId });

/** A host taking a role in the test network, publishing its member id when it has one. */
function member(
  name: string,
  nixClass: 'nixos' | 'darwin',
  role: 'controller' | 'peer',
  memberId?: string,
) {
  return Testing.host({
    name,
    class: nixClass,
    services: [vpn.role(role)],
    facts: memberId ? { [memberIdFact]: memberId } : {},
  });
}

const controller = member('cinnabar', 'nixos', 'controller', 'db4a2c1f9e');
const serverPeer = member('electrum', 'nixos', 'peer', '0a1b2c3d4e');
const laptopPeer = member('stibnite', 'darwin', 'peer', '5f6a7b8c9d');
const network = [controller, serverPeer, laptopPeer];

/** One host's evaluated system option, with every host of the network in the fleet. */
function valueOn(hosts: readonly HostSpec[], name: string, path: string): unknown {
  const fleet = new Fleet();
  for (const spec of hosts) fleet.addHost(spec);
  const host = fleet.hosts.find((candidate) => candidate.spec.name === name);
  if (!host) throw new Error(`no host ${name}`);
  return evaluateHost(fleet, host, { optionSets: defaultOptionSets }).system.valueOf(
    path.split('.'),
  );
}

describe('the zerotier service', () => {
  const result = Testing.synth(network);
  const file = (path: string) => result.files.get(path) ?? '';

  it('synthesizes a network of one controller and two peers without problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('joins the controller and the NixOS peer to the instance\u2019s network', () => {
    for (const name of ['cinnabar', 'electrum']) {
      expect(valueOn(network, name, 'services.zerotierone.joinNetworks'), name).toEqual([
        networkId,
      ]);
      expect(valueOn(network, name, 'networking.firewall.allowedUDPPorts'), name).toEqual([9993]);
      expect(valueOn(network, name, 'networking.firewall.trustedInterfaces'), name).toEqual([
        'zt+',
      ]);
    }
  });

  it('has the controller authorize every member it learns from the fleet, itself included', () => {
    const script = valueOn(
      network,
      'cinnabar',
      'systemd.services.zerotier-authorize-members.script',
    ) as string;
    for (const [name, memberId] of [
      ['cinnabar', 'db4a2c1f9e'],
      ['electrum', '0a1b2c3d4e'],
      ['stibnite', '5f6a7b8c9d'],
    ]) {
      expect(script).toContain(`# ${name}\n`);
      expect(script).toContain(`/controller/network/$network/member/${memberId}"`);
    }
    expect(script).toContain(`network=${networkId}`);
  });

  it('runs the authorization once the daemon is up, on the controller only', () => {
    expect(file('hosts/cinnabar/configuration.nix')).toContain(
      'after = [ "zerotierone.service" ];',
    );
    expect(file('hosts/electrum/configuration.nix')).not.toContain('zerotier-authorize-members');
  });

  it('installs the official app on a macOS peer, nix-darwin having no ZeroTier module', () => {
    expect(valueOn(network, 'stibnite', 'homebrew.casks')).toEqual(['zerotier-one']);
    expect(file('hosts/stibnite/darwin-configuration.nix')).toContain(
      'homebrew.casks = [ "zerotier-one" ];',
    );
  });

  it('leaves a member without a member id out of the authorization script', () => {
    const anonymous = member('galena', 'nixos', 'peer');
    const script = valueOn(
      [controller, anonymous],
      'cinnabar',
      'systemd.services.zerotier-authorize-members.script',
    ) as string;
    expect(script).toContain('# cinnabar');
    expect(script).not.toContain('galena');
  });

  it('requires exactly one controller per network', () => {
    const leaderless = Testing.synth([serverPeer, laptopPeer]);
    expect(leaderless.ok).toBe(false);
    expect(leaderless.problems.map((problem) => problem.kind)).toContain('role-cardinality');
    const twoLeaders = Testing.synth([
      controller,
      member('galena', 'nixos', 'controller', 'aaaaaaaaaa'),
    ]);
    expect(twoLeaders.ok).toBe(false);
    expect(twoLeaders.problems.map((problem) => problem.kind)).toContain('role-cardinality');
  });

  it('refuses a network id that is not 16 lowercase hex digits', () => {
    const broken = zerotier.instance('broken-vpn', { networkId: 'DB4A-not-an-id' });
    const result = Testing.synth([
      Testing.host({ name: 'cinnabar', services: [broken.role('controller')] }),
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.message).join('\n')).toContain(
      'a ZeroTier network id is 16 lowercase hex digits',
    );
  });
});
