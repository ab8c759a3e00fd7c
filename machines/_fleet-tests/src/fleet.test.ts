import { sshHostKeyFact } from '@cdknix/aspect-known-hosts';
import { memberIdFact, memberIdPattern } from '@cdknix/aspect-zerotier';
import { Fleet, type HostSpec } from '@cdknix/constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostFolders, loadHostSpecs } from './discover-hosts.js';

let specs: HostSpec[];
let fleet: Fleet;

beforeAll(async () => {
  specs = await loadHostSpecs();
  fleet = new Fleet();
  for (const spec of specs) fleet.addHost(spec);
});

const laptops = () => specs.filter((spec) => spec.class === 'darwin');
const servers = () => specs.filter((spec) => spec.class === 'nixos');

describe('the reference fleet', () => {
  it('is discovered from one package per host folder, each named after its folder', () => {
    expect(hostFolders()).toEqual([
      'argentum',
      'blackphos',
      'cinnabar',
      'electrum',
      'galena',
      'rosegold',
      'scheelite',
      'stibnite',
    ]);
    expect(specs.map((spec) => spec.name)).toEqual(hostFolders());
  });

  it('has four aarch64-darwin laptops and four x86_64-linux servers', () => {
    expect(laptops().map((spec) => spec.system)).toEqual(Array(4).fill('aarch64-darwin'));
    expect(servers().map((spec) => spec.system)).toEqual(Array(4).fill('x86_64-linux'));
  });

  it('validates with no errors and no warnings', () => {
    expect(fleet.validate()).toEqual([]);
  });

  it('puts crs58 on every laptop and makes crs58 an administrator of every server', () => {
    for (const spec of laptops())
      expect(
        spec.users.map((user) => user.name),
        spec.name,
      ).toContain('crs58');
    for (const spec of servers()) {
      const crs58 = spec.users.find((user) => user.name === 'crs58');
      expect(crs58?.admin, spec.name).toBe(true);
    }
  });

  it('has five distinct users, each with a name, an email, a login shell and an SSH key', () => {
    const users = new Map(specs.flatMap((spec) => spec.users).map((user) => [user.name, user]));
    expect([...users.keys()].sort()).toEqual([
      'christophersmith',
      'crs58',
      'janettesmith',
      'raquel',
      'tara',
    ]);
    for (const user of users.values()) {
      expect(user.email, user.name).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      expect(['zsh', 'fish', 'nushell', 'bashInteractive'], user.name).toContain(user.shell);
      expect(user.sshKeys[0], user.name).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI/);
    }
  });

  it('makes cinnabar the only VPN controller and every other host a peer', () => {
    const roles = Object.fromEntries(
      fleet.hosts.map((host) => [
        host.spec.name,
        fleet
          .memberships(host.spec.name)
          .filter((m) => m.instance.name === 'fleet-vpn')
          .map((m) => m.role),
      ]),
    );
    expect(
      Object.entries(roles)
        .filter(([, names]) => names.includes('controller'))
        .map(([name]) => name),
    ).toEqual(['cinnabar']);
    for (const [name, names] of Object.entries(roles))
      expect(names, name).toEqual([name === 'cinnabar' ? 'controller' : 'peer']);
  });

  it('gives the VPN network an id that begins with the controller member id', () => {
    const controller = fleet
      .memberships('cinnabar')
      .find((membership) => membership.role === 'controller');
    expect(controller).toBeDefined();
    const { networkId } = controller!.instanceSettings as { networkId: string };
    expect(networkId.slice(0, 10)).toBe(fleet.tryFindHost('cinnabar')?.info.facts[memberIdFact]);
  });

  it('has every host publish a distinct SSH host key and ZeroTier member id', () => {
    const keys = specs.map((spec) => spec.facts[sshHostKeyFact]);
    const members = specs.map((spec) => spec.facts[memberIdFact]);
    for (const member of members) expect(member).toMatch(memberIdPattern);
    for (const key of keys)
      expect(key).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}$/);
    expect(new Set(keys).size).toBe(specs.length);
    expect(new Set(members).size).toBe(specs.length);
  });

  it('lets every host see all eight hosts in the known-hosts service', () => {
    for (const host of fleet.hosts) {
      const membership = fleet
        .memberships(host.spec.name)
        .find((m) => m.instance.name === 'fleet-known-hosts');
      expect(
        membership?.members.member?.map((member) => member.host.name),
        host.spec.name,
      ).toEqual(hostFolders());
    }
  });

  it('gives every server a deploy target in the fleet domain and no laptop one', () => {
    for (const spec of servers())
      expect(spec.deploy?.hostname).toBe(`${spec.name}.fleet.example.net`);
    for (const spec of laptops()) expect(spec.deploy).toBeUndefined();
  });
});
