import { defineHost, type HostDefinition, type HostSpec } from '../definitions/define-host.js';
import { defineUser, type User, type UserDefinition } from '../definitions/define-user.js';
import { ProblemsError } from '../errors/problem.js';
import { Fleet } from '../fleet/fleet.js';
import { callSite } from '../source/call-site.js';
import { defaultOptionSets } from '../synth/default-option-sets.js';
import type { HostEvaluation } from '../synth/evaluate-host.js';
import type { OptionSets } from '../synth/option-sets.js';
import { systemModuleName } from '../synth/render-host-files.js';
import { type SynthResult, synthFleet } from '../synth/synth.js';

export interface TestingOptions {
  optionSets?: OptionSets;
  /** Provenance labels are relative to this folder (default: the working directory). */
  root?: string;
}

/** A synthesized test host: its values, its users' values and the Nix it emits. */
export interface SynthesizedHost {
  fleet: Fleet;
  spec: HostSpec;
  result: SynthResult;
  evaluation: HostEvaluation;
  /** A system option's evaluated value, forced (`value('programs.zsh.enable')`). */
  value(path: string): unknown;
  /** A home-manager option's value for a user on the host. */
  homeValue(user: string, path: string): unknown;
  /** The emitted system module. */
  nix(): string;
  /** The emitted home module of a user. */
  homeNix(user: string): string;
}

const split = (path: string) => (path === '' ? [] : path.split('.'));

function hostDefaults(definition: Partial<HostDefinition>): HostDefinition {
  const nixClass = definition.class ?? 'nixos';
  return {
    name: 'test-host',
    class: nixClass,
    system: nixClass === 'darwin' ? 'aarch64-darwin' : 'x86_64-linux',
    stateVersion: nixClass === 'darwin' ? 6 : '25.11',
    ...definition,
  };
}

/**
 * Aspect and host tests in three lines: build a host with the aspect, synth, assert.
 *
 * ```ts
 * const host = Testing.synthHost({ aspects: [shell], users: [Testing.user()] });
 * expect(host.value('programs.zsh.enable')).toBe(true);
 * expect(host.nix()).toMatchSnapshot();
 * ```
 */
export const Testing = {
  /** A user with test defaults (`alice`, zsh); override any field. */
  user(overrides: Partial<UserDefinition> = {}): User {
    // Written where `Testing.user` is called: errors and provenance name the test's line.
    return defineUser(
      {
        name: 'alice',
        fullName: 'Alice Example',
        email: 'alice@example.org',
        shell: 'zsh',
        ...overrides,
      },
      callSite(),
    );
  },

  /** A host with test defaults (`test-host`, nixos, x86_64-linux); override any field. */
  host(definition: Partial<HostDefinition> = {}): HostSpec {
    return defineHost(hostDefaults(definition), callSite());
  },

  /** Synthesize hosts as one fleet; the result holds files, problems and summaries. */
  synth(hosts: readonly HostSpec[], options: TestingOptions = {}): SynthResult {
    const fleet = new Fleet({ root: options.root });
    for (const spec of hosts) fleet.addHost(spec);
    return synthFleet(fleet, { optionSets: options.optionSets ?? defaultOptionSets });
  },

  /** Synthesize one host; throws a `ProblemsError` listing every problem if synth fails. */
  synthHost(
    definition: Partial<HostDefinition> | HostSpec,
    options: TestingOptions = {},
  ): SynthesizedHost {
    const spec =
      'site' in definition
        ? (definition as HostSpec)
        : defineHost(hostDefaults(definition), callSite());
    const fleet = new Fleet({ root: options.root });
    const host = fleet.addHost(spec);
    const optionSets = options.optionSets ?? defaultOptionSets;
    const result = synthFleet(fleet, { optionSets });
    if (!result.ok) throw new ProblemsError(result.problems);
    const evaluation = result.evaluations.get(host.spec.name)!;
    const file = (name: string) => {
      const content = result.files.get(name);
      if (content === undefined)
        throw new Error(`synth wrote no ${name}; files: ${[...result.files.keys()].join(', ')}`);
      return content;
    };
    return {
      fleet,
      spec,
      result,
      evaluation,
      value: (path) => evaluation.system.valueOf(split(path)),
      homeValue: (user, path) => {
        const home = evaluation.homes.find((entry) => entry.user.user.name === user);
        if (!home) throw new Error(`host ${spec.name} has no user ${user}`);
        return home.evaluation.valueOf(split(path));
      },
      nix: () => file(`hosts/${spec.name}/${systemModuleName[spec.class]}`),
      homeNix: (user) => file(`hosts/${spec.name}/home/${user}.nix`),
    };
  },
};
