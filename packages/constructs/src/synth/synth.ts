import type { HostClass } from '../classes.js';
import { dedupeProblems, type Problem } from '../errors/problem.js';
import type { Fleet } from '../fleet/fleet.js';
import type { Host } from '../fleet/host.js';
import { collectPackages } from './collect-packages.js';
import { EmittedPaths } from './emitted-paths.js';
import { evaluateHost, type HostEvaluation, runChecks } from './evaluate-host.js';
import { collectInputs } from './flake-inputs.js';
import type { OptionSets } from './option-sets.js';
import { problemFromError } from './render-configuration.js';
import { renderFlake } from './render-flake.js';
import { renderHostFiles } from './render-host-files.js';

export interface SynthOptions {
  optionSets: OptionSets;
  /** Only these hosts (and a flake of only them); default every host. */
  hosts?: readonly string[];
  homeStateVersion?: string;
  /** Called before each host is evaluated: progress for large fleets. */
  onProgress?: (progress: { host: string; index: number; total: number }) => void;
}

export interface HostSummary {
  name: string;
  class: HostClass;
  system: string;
  aspects: string[];
  users: string[];
  /** Every package the host's configuration and homes refer to, sorted. */
  packages: string[];
  warnings: number;
}

export interface SynthResult {
  /** Output-relative file name to content: `flake.nix`, `hosts/<host>/...`. */
  files: Map<string, string>;
  problems: Problem[];
  summaries: HostSummary[];
  /** Each synthesized host's evaluations (system and homes), for queries such as `cdknix eval` and tests. */
  evaluations: Map<string, HostEvaluation>;
  /** No errors: the files may be written. */
  ok: boolean;
}

function emittedPaths(modules: readonly unknown[]): EmittedPaths {
  return new EmittedPaths(modules.map((module) => (module as { options?: unknown }).options));
}

/**
 * The synth pipeline: validate the whole fleet, evaluate each host (and each user's home)
 * with the shared evaluator, run assertions and warnings, render one module per host and
 * user and the flake. Every problem of every host is collected; nothing stops at the first.
 */
export function synthFleet(fleet: Fleet, options: SynthOptions): SynthResult {
  const problems: Problem[] = [...fleet.validate()];
  const unknownHosts = (options.hosts ?? []).filter((name) => !fleet.tryFindHost(name));
  for (const name of unknownHosts) {
    problems.push({
      severity: 'error',
      kind: 'host',
      path: `fleet/${name}`,
      message: `no host is named '${name}'`,
      sites: [],
      hint: `hosts: ${fleet.hosts.map((host) => host.spec.name).join(', ')}`,
    });
  }
  const selected = fleet.hosts.filter(
    (host) => !options.hosts?.length || options.hosts.includes(host.spec.name),
  );
  const emitted = {
    nixos: emittedPaths(options.optionSets.nixos),
    darwin: emittedPaths(options.optionSets.darwin),
    homeManager: emittedPaths(options.optionSets.homeManager),
  };
  const output: HostOutputs = { files: new Map(), summaries: [], evaluations: new Map() };
  selected.forEach((host, index) => {
    options.onProgress?.({ host: host.spec.name, index, total: selected.length });
    if (host.allProblems.some((problem) => problem.severity === 'error')) return;
    try {
      const hostProblems = synthHost(
        fleet,
        host,
        options,
        { system: emitted[host.spec.class], homeManager: emitted.homeManager },
        output,
      );
      problems.push(...hostProblems);
    } catch (error) {
      // An error no step collected is this host's problem; the other hosts still synthesize.
      problems.push(problemFromError(error, `fleet/${host.spec.name}`, fleet.describe));
    }
  });
  const { inputs, problems: inputProblems } = collectInputs(fleet, selected);
  problems.push(...inputProblems);
  output.files.set('flake.nix', renderFlake(selected, inputs));
  const unique = dedupeProblems(problems);
  return {
    ...output,
    problems: unique,
    ok: !unique.some((problem) => problem.severity === 'error'),
  };
}

/** What synthesizing hosts accumulates, host by host. */
type HostOutputs = Pick<SynthResult, 'files' | 'summaries' | 'evaluations'>;

function synthHost(
  fleet: Fleet,
  host: Host,
  options: SynthOptions,
  emitted: { system: EmittedPaths; homeManager: EmittedPaths },
  output: HostOutputs,
): Problem[] {
  const evaluation = evaluateHost(fleet, host, options);
  output.evaluations.set(host.spec.name, evaluation);
  const owner = `fleet/${host.spec.name}`;
  const checks = [
    ...runChecks(evaluation.system, owner, fleet.describe),
    ...evaluation.homes.flatMap(({ user, evaluation: home }) =>
      runChecks(home, `${owner}/users/${user.user.name}`, fleet.describe),
    ),
  ];
  const rendered = renderHostFiles(evaluation, emitted, fleet.describe);
  for (const [name, content] of rendered.files) output.files.set(name, content);
  const problems = [...checks, ...rendered.problems];
  output.summaries.push({
    name: host.spec.name,
    class: host.spec.class,
    system: host.spec.system,
    aspects: host.aspects.map((resolved) => resolved.aspect.name),
    users: host.users.map((user) => user.user.name),
    packages: collectPackages(rendered.system, ...rendered.homes.values()),
    warnings: [...host.allProblems, ...problems].filter((problem) => problem.severity === 'warning')
      .length,
  });
  return problems;
}
