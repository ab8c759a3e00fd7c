import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mkBefore, mkDefault, mkForce, mkIf, mkOption, types } from '@cdknix/modules';
import { describe, expect, test } from 'vitest';
import { nixosPart } from '../definitions/class-part.js';
import { defineAspect } from '../definitions/define-aspect.js';
import { defineHost, type HostDefinition } from '../definitions/define-host.js';
import { defineService } from '../definitions/define-service.js';
import { Testing } from '../testing/testing.js';

const shell = defineAspect({
  name: 'shell',
  options: {
    aliases: mkOption({
      type: types.attrsOf(types.str),
      default: { ll: 'ls -l' },
      description: 'Shell aliases.',
    }),
  },
  nixos: ({ pkgs }) => ({ environment: { systemPackages: [pkgs.zsh, pkgs.git] } }),
  homeManager: ({ config, pkgs }) => ({
    programs: { zsh: { enable: true, shellAliases: () => config.aspects.shell.aliases } },
    home: { packages: [pkgs.ripgrep] },
  }),
});

/** A service role's module, written apart from the service (its definition names it). */
function vpnMember() {
  return {
    networking: { hostId: 'not-hex' },
  };
}

/** The line of this file that begins with `text` (one line does). */
function lineOf(text: string): number {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  const found = lines.flatMap((line, index) => (line.trim().startsWith(text) ? [index + 1] : []));
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe('synth of one host', () => {
  test('a host with an aspect and a user evaluates and emits both classes', () => {
    const host = Testing.synthHost({ aspects: [shell], users: [Testing.user()] });
    expect(host.value('networking.hostName')).toBe('test-host');
    expect(host.homeValue('alice', 'programs.zsh.shellAliases')).toEqual({ ll: 'ls -l' });
    expect(host.nix()).toContain('networking.hostName = "test-host";');
    expect(host.homeNix('alice')).toContain('programs.zsh');
    expect(host.result.summaries[0]!.packages).toEqual(['git', 'ripgrep', 'zsh']);
  });

  test('priorities and order survive into the emitted Nix', () => {
    const tuning = defineAspect({
      name: 'tuning',
      nixos: ({ pkgs }) => ({
        environment: { systemPackages: mkBefore([pkgs.htop]) },
        networking: { firewall: { enable: mkForce(false), allowPing: mkDefault(false) } },
      }),
    });
    const nix = Testing.synthHost({ aspects: [shell, tuning] }).nix();
    expect(nix).toContain('(lib.mkBefore [ pkgs.htop ])');
    expect(nix).toMatch(/enable = lib\.mkForce false;/);
    expect(nix).toMatch(/allowPing = lib\.mkDefault false;/);
  });

  test('an aspect option set by the host changes what the aspect emits', () => {
    const host = Testing.synthHost({
      aspects: [shell],
      users: [Testing.user({ homeManager: { aspects: { shell: { aliases: { g: 'git' } } } } })],
    });
    // A definition replaces the option's default, as in Nix: defaults never merge.
    expect(host.homeValue('alice', 'programs.zsh.shellAliases')).toEqual({ g: 'git' });
  });

  test('a condition read from config switches a definition', () => {
    const gated = defineAspect({
      name: 'gated',
      options: { enable: mkOption({ type: types.bool, default: false }) },
      nixos: ({ config, pkgs }) => ({
        environment: { systemPackages: mkIf(() => config.aspects.gated.enable, [pkgs.hello]) },
      }),
    });
    expect(Testing.synthHost({ aspects: [gated] }).result.summaries[0]!.packages).not.toContain(
      'hello',
    );
    const on = Testing.synthHost({
      aspects: [gated],
      settings: { aspects: { gated: { enable: true } } },
    });
    expect(on.result.summaries[0]!.packages).toContain('hello');
  });
});

describe('synth errors', () => {
  test('an unknown option is an error with a suggestion and the TypeScript site', () => {
    const typo = defineAspect({ name: 'typo', nixos: () => ({ networking: { hostNme: 'x' } }) });
    const result = Testing.synth([Testing.host({ aspects: [typo] })]);
    expect(result.ok).toBe(false);
    const text = result.problems.map((problem) => problem.message).join('\n');
    expect(text).toContain('hostNme');
    expect(text).toContain('hostName');
    expect(text).toMatch(/synth\.test\.ts:\d+/);
  });

  test('a type error names the option and the file:line of the bad definition', () => {
    const bad = defineAspect({
      name: 'bad',
      nixos: () => ({ networking: { firewall: { enable: 'yes' } } }),
    });
    const result = Testing.synth([Testing.host({ aspects: [bad] })]);
    const problem = result.problems.find((entry) => entry.kind === 'evaluation/type');
    expect(problem?.path).toContain('networking.firewall.enable');
    expect(problem?.message).toMatch(/synth\.test\.ts:\d+/);
  });

  test('errors name the line of the property that wrote the value, not the call around it', () => {
    const inline = defineAspect({
      name: 'inline',
      nixos: () => ({
        networking: {
          firewall: { enable: 'sometimes' },
        },
      }),
    });
    const part = nixosPart(() => ({
      config: mkIf(true, {
        networking: {
          firewall: {
            enable: 'never',
          },
        },
      }),
    }));
    const host = (name: string, definition: Partial<HostDefinition>) =>
      defineHost({
        name,
        class: 'nixos',
        system: 'x86_64-linux',
        stateVersion: '25.11',
        ...definition,
      });
    const result = Testing.synth([
      host('inline', { aspects: [inline] }),
      host('part', { aspects: [defineAspect({ name: 'in-parts', parts: [part] })] }),
      // Its site is this call (the helper's call names no settings).
      defineHost({
        name: 'settings',
        class: 'nixos',
        system: 'x86_64-linux',
        stateVersion: '25.11',
        settings: {
          networking: {
            domian: 'example.org',
          },
        },
      }),
    ]);
    const messageOf = (name: string) =>
      result.problems.find((problem) => problem.path.startsWith(`fleet/${name}:`))?.message;
    const site = (text: string) => `src/synth/synth.test.ts:${lineOf(text)}:`;
    expect(messageOf('inline')).toContain(site("firewall: { enable: 'sometimes' }"));
    expect(messageOf('part')).toContain(site("enable: 'never'"));
    expect(messageOf('settings')).toContain(site("domian: 'example.org'"));
  });

  test('values written elsewhere are found: a service role, a local function, a constant, a declaration', () => {
    const vpn = defineService({
      name: 'vpn',
      roles: { member: { nixos: vpnMember } },
    }).instance('office');
    const firewall = { allowPing: 'often' };
    // Declarations are checked where an option is read: each aspect reads its own.
    const declares = (name: string, port: number) =>
      defineAspect({
        name,
        nixos: ({ config }) => ({
          options: { office: { port: mkOption({ type: types.port, default: port }) } },
          config: { time: { timeZone: () => `UTC+${config.office.port}` } },
        }),
      });
    const numbered = defineAspect({
      name: 'numbered',
      options: {
        level: 3 as never,
      },
      nixos: ({ config }) => ({ time: { timeZone: () => `UTC+${config.aspects.numbered.level}` } }),
    });
    const result = Testing.synth([
      Testing.host({ name: 'member', services: [vpn.role('member')] }),
      Testing.host({ name: 'constant', settings: { networking: { firewall } } }),
      Testing.host({ name: 'declared', aspects: [declares('first', 1), declares('second', 2)] }),
      Testing.host({ name: 'numbered', aspects: [numbered] }),
    ]);
    const messageOf = (name: string) =>
      result.problems.find((problem) => problem.path.startsWith(`fleet/${name}:`))?.message;
    const site = (text: string) => `src/synth/synth.test.ts:${lineOf(text)}`;
    expect(messageOf('member')).toContain(site("networking: { hostId: 'not-hex' }"));
    expect(messageOf('constant')).toContain(site("const firewall = { allowPing: 'often' }"));
    expect(messageOf('declared')).toContain(site('options: { office: { port: mkOption'));
    expect(messageOf('numbered')).toContain(site('level: 3 as never'));
  });

  test('an aspect option nothing reads is still checked: a wrong value is an error, not unused', () => {
    const quiet = defineAspect({
      name: 'quiet',
      options: { level: mkOption({ type: types.int, default: 0 }) },
      nixos: () => ({ time: { timeZone: 'UTC' } }),
    });
    const result = Testing.synth([
      Testing.host({
        aspects: [quiet],
        settings: { aspects: { quiet: { level: 'high' as never } } },
      }),
    ]);
    const problem = result.problems.find((entry) => entry.kind === 'evaluation/type');
    expect(problem?.path).toBe('fleet/test-host: aspects.quiet.level');
    expect(problem?.message).toContain(
      `src/synth/synth.test.ts:${lineOf('settings: { aspects: { quiet')}`,
    );
  });

  test("mistakes in a part's code are problems at its line, and the other hosts still synth", () => {
    const braces = defineAspect({
      name: 'braces',
      // The mistake under test: braces make a block, and the set is not returned.
      nixos: () => {
        ({ time: { timeZone: 'UTC' } });
      },
    } as never);
    const throwing = defineAspect({
      name: 'throwing',
      nixos: ({ config }) => ({
        time: { timeZone: () => (config as any).network.zone },
      }),
    });
    const result = Testing.synth([
      Testing.host({ name: 'braces', aspects: [braces] }),
      Testing.host({ name: 'throwing', aspects: [throwing] }),
      Testing.host({ name: 'fine' }),
    ]);
    const problemOf = (name: string) =>
      result.problems.find((problem) => problem.path.startsWith(`fleet/${name}:`));
    expect(problemOf('braces')?.message).toContain(
      `src/synth/synth.test.ts:${lineOf('nixos: () => {')} returned undefined`,
    );
    expect(problemOf('braces')?.message).toContain('`() => ({ ... })`');
    expect(problemOf('throwing')).toMatchObject({
      kind: 'evaluation/exception',
      path: 'fleet/throwing: time.timeZone',
      sites: [
        `packages/constructs: src/synth/synth.test.ts:${lineOf('time: { timeZone: () => (config')}`,
      ],
    });
    expect(problemOf('throwing')?.message).toContain(
      "TypeError: Cannot read properties of undefined (reading 'zone')",
    );
    expect(result.files.has('hosts/fine/configuration.nix')).toBe(true);
  });

  test('conflicting definitions from two aspects name both', () => {
    const a = defineAspect({ name: 'a', nixos: () => ({ time: { timeZone: 'UTC' } }) });
    const b = defineAspect({ name: 'b', nixos: () => ({ time: { timeZone: 'Europe/Paris' } }) });
    const result = Testing.synth([Testing.host({ aspects: [a, b] })]);
    const problem = result.problems.find((entry) => entry.kind === 'evaluation/conflict');
    expect(problem?.message.match(/synth\.test\.ts:\d+/g)).toHaveLength(2);
  });

  test('every problem of every host is reported in one run', () => {
    const typo = defineAspect({ name: 'typo', nixos: () => ({ networking: { hostNme: 'x' } }) });
    const result = Testing.synth([
      Testing.host({ name: 'one', aspects: [typo] }),
      Testing.host({ name: 'two', aspects: [typo] }),
    ]);
    expect(new Set(result.problems.map((problem) => problem.path.split(':')[0]))).toEqual(
      new Set(['fleet/one', 'fleet/two']),
    );
  });
});
