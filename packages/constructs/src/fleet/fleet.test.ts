import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineAspect } from '../definitions/define-aspect.js';
import { defineHost } from '../definitions/define-host.js';
import { defineService } from '../definitions/define-service.js';
import { defineUser } from '../definitions/define-user.js';
import { Fleet } from './fleet.js';

const alice = defineUser({
  name: 'alice',
  fullName: 'Alice',
  email: 'alice@example.org',
  shell: 'zsh',
});
const server = (name: string, extra: Partial<Parameters<typeof defineHost>[0]> = {}) =>
  defineHost({ name, class: 'nixos', system: 'x86_64-linux', stateVersion: '25.11', ...extra });

describe('aspects', () => {
  const git = defineAspect({ name: 'git', homeManager: () => ({}) });
  const development = defineAspect({
    name: 'development',
    includes: [git],
    nixos: () => ({}),
    homeManager: () => ({}),
  });

  test('an included aspect applies once, after the aspect that includes it', () => {
    const fleet = new Fleet();
    const host = fleet.addHost(server('web', { aspects: [development, git], users: [alice] }));
    expect(host.aspects.map((resolved) => [resolved.aspect.name, resolved.via])).toEqual([
      ['development', 'host'],
      ['git', 'development'],
    ]);
    expect(fleet.validate()).toEqual([]);
  });

  test('invalid props are reported with the construct path and the prop path', () => {
    const homebrew = defineAspect({
      name: 'homebrew',
      props: z.object({ casks: z.array(z.string()) }),
      darwin: () => ({}),
    });
    const fleet = new Fleet();
    fleet.addHost(
      defineHost({
        name: 'mac',
        class: 'darwin',
        system: 'aarch64-darwin',
        stateVersion: 6,
        aspects: [homebrew.with({ casks: ['firefox', 42 as unknown as string] })],
      }),
    );
    const [problem] = fleet.validate();
    expect(problem).toMatchObject({
      severity: 'error',
      kind: 'props',
      path: 'fleet/mac/aspects/homebrew',
    });
    expect(problem!.message).toContain('props.casks[1]');
    expect(problem!.sites[0]).toMatch(/fleet\.test\.ts:\d+$/);
  });

  test('the same aspect with different props is an error naming both uses', () => {
    const fonts = defineAspect({
      name: 'fonts',
      props: z.object({ size: z.number() }),
      nixos: () => ({}),
    });
    const a = defineAspect({ name: 'a', includes: [fonts.with({ size: 1 })], nixos: () => ({}) });
    const fleet = new Fleet();
    fleet.addHost(server('web', { aspects: [a, fonts.with({ size: 2 })] }));
    const problems = fleet.validate();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain("aspect 'fonts' is used twice with different props");
    expect(problems[0]!.sites).toHaveLength(2);
  });
});

describe('class safety', () => {
  test('a darwin-only aspect on a nixos host is an error, never a silent no-op', () => {
    const homebrew = defineAspect({ name: 'homebrew', darwin: () => ({}) });
    const fleet = new Fleet();
    fleet.addHost(server('web', { aspects: [homebrew] }));
    expect(fleet.validate()).toMatchObject([
      { severity: 'error', kind: 'class', path: 'fleet/web/aspects/homebrew' },
    ]);
  });

  test('a homeManager part on a host without users is a warning', () => {
    const shell = defineAspect({ name: 'shell', nixos: () => ({}), homeManager: () => ({}) });
    const fleet = new Fleet();
    fleet.addHost(server('web', { aspects: [shell] }));
    expect(fleet.validate()).toMatchObject([{ severity: 'warning', kind: 'class' }]);
  });

  test('a user aspect without a homeManager part is an error that says where it belongs', () => {
    const firewall = defineAspect({ name: 'firewall', nixos: () => ({}) });
    const bob = defineUser({
      name: 'bob',
      fullName: 'Bob',
      email: 'b@example.org',
      shell: 'fish',
      aspects: [firewall],
    });
    const fleet = new Fleet();
    fleet.addHost(server('web', { users: [bob] }));
    const [problem] = fleet.validate();
    expect(problem).toMatchObject({ kind: 'class', path: 'fleet/web/users/bob/aspects/firewall' });
    expect(problem!.hint).toContain("host's aspects");
  });
});

describe('names', () => {
  test.each(['../etc', 'a b', 'x"; evil = "', 'UPPER', ''])('host name %j is rejected', (name) => {
    const fleet = new Fleet();
    fleet.addHost(server(name));
    expect(fleet.validate().some((problem) => problem.kind === 'name')).toBe(true);
  });

  test('two hosts with one name are an error naming both definitions', () => {
    const fleet = new Fleet();
    fleet.addHost(server('web'));
    fleet.addHost(server('web'));
    expect(fleet.validate()).toMatchObject([
      { kind: 'name', message: "two hosts are named 'web'" },
    ]);
  });
});

describe('services with roles', () => {
  const zerotier = defineService({
    name: 'zerotier',
    roles: {
      controller: { min: 1, max: 1, nixos: () => ({}) },
      peer: {
        settings: z.object({ memberId: z.string().length(10) }),
        nixos: () => ({}),
        darwin: () => ({}),
      },
    },
  });

  test('every member sees the whole membership, sorted by host name', () => {
    const vpn = zerotier.instance('fleet-vpn');
    const fleet = new Fleet();
    fleet.addHost(server('zinc', { services: [vpn.role('peer', { memberId: 'aaaaaaaaaa' })] }));
    fleet.addHost(server('cinnabar', { services: [vpn.role('controller')] }));
    fleet.addHost(server('argon', { services: [vpn.role('peer', { memberId: 'bbbbbbbbbb' })] }));
    expect(fleet.validate()).toEqual([]);
    const [membership] = fleet.memberships('cinnabar');
    expect(membership!.role).toBe('controller');
    expect(membership!.members.peer!.map((member) => [member.host.name, member.settings])).toEqual([
      ['argon', { memberId: 'bbbbbbbbbb' }],
      ['zinc', { memberId: 'aaaaaaaaaa' }],
    ]);
  });

  test('role cardinality is checked: two controllers are an error', () => {
    const vpn = zerotier.instance('fleet-vpn');
    const fleet = new Fleet();
    fleet.addHost(server('a', { services: [vpn.role('controller')] }));
    fleet.addHost(server('b', { services: [vpn.role('controller')] }));
    expect(fleet.validate()).toMatchObject([
      {
        kind: 'role-cardinality',
        message: "role 'controller' of 'fleet-vpn' needs exactly 1 host(s), has 2 (a, b)",
      },
    ]);
  });

  test('a missing controller is an error with the fix', () => {
    const vpn = zerotier.instance('fleet-vpn');
    const fleet = new Fleet();
    fleet.addHost(server('a', { services: [vpn.role('peer', { memberId: 'aaaaaaaaaa' })] }));
    const [problem] = fleet.validate();
    expect(problem).toMatchObject({ kind: 'role-cardinality' });
    expect(problem!.hint).toContain("role('controller')");
  });

  test('invalid role settings are reported per host', () => {
    const vpn = zerotier.instance('fleet-vpn');
    const fleet = new Fleet();
    fleet.addHost(server('c', { services: [vpn.role('controller')] }));
    fleet.addHost(server('a', { services: [vpn.role('peer', { memberId: 'short' })] }));
    expect(fleet.validate()).toMatchObject([
      { kind: 'props', path: 'fleet/a/services/fleet-vpn/peer' },
    ]);
  });

  test('an aspect can bring a role to every host that uses it', () => {
    const knownHosts = defineService({
      name: 'known-hosts',
      roles: { member: { nixos: () => ({}) } },
    });
    const fleetKeys = knownHosts.instance('fleet');
    const core = defineAspect({
      name: 'core',
      services: [fleetKeys.role('member')],
      nixos: () => ({}),
    });
    const fleet = new Fleet();
    fleet.addHost(server('a', { aspects: [core] }));
    fleet.addHost(server('b', { aspects: [core] }));
    expect(fleet.memberships('b')[0]!.members.member!.map((member) => member.host.name)).toEqual([
      'a',
      'b',
    ]);
  });
});
