import type { HostClass } from '../classes.js';
import type { Problem } from '../errors/problem.js';
import type { Fleet } from '../fleet/fleet.js';
import type { Host } from '../fleet/host.js';
import { collectPackages } from './collect-packages.js';
import { EmittedPaths } from './emitted-paths.js';
import { evaluateHost, runChecks } from './evaluate-host.js';
import { collectInputs } from './flake-inputs.js';
import type { OptionSets } from './option-sets.js';
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
  /** No errors: the files may be written. */
  ok: boolean;
}

/** One broken definition fails every option that reads it: report it once. */
function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path.split(':')[0]}\u0000${problem.severity}\u0000${problem.message}\u0000${problem.sites.join()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  const files = new Map<string, string>();
  const summaries: HostSummary[] = [];
  selected.forEach((host, index) => {
    options.onProgress?.({ host: host.spec.name, index, total: selected.length });
    if (host.allProblems.some((problem) => problem.severity === 'error')) return;
    const hostProblems = synthHost(
      fleet,
      host,
      options,
      { system: emitted[host.spec.class], homeManager: emitted.homeManager },
      files,
      summaries,
    );
    problems.push(...hostProblems);
  });
  const { inputs, problems: inputProblems } = collectInputs(fleet, selected);
  problems.push(...inputProblems);
  files.set('flake.nix', renderFlake(selected, inputs));
  const unique = dedupeProblems(problems);
  return {
    files,
    problems: unique,
    summaries,
    ok: !unique.some((problem) => problem.severity === 'error'),
  };
}

function synthHost(
  fleet: Fleet,
  host: Host,
  options: SynthOptions,
  emitted: { system: EmittedPaths; homeManager: EmittedPaths },
  files: Map<string, string>,
  summaries: HostSummary[],
): Problem[] {
  const evaluation = evaluateHost(fleet, host, options);
  const owner = `fleet/${host.spec.name}`;
  const checks = [
    ...runChecks(evaluation.system, owner),
    ...evaluation.homes.flatMap(({ user, evaluation: home }) =>
      runChecks(home, `${owner}/users/${user.user.name}`),
    ),
  ];
  const rendered = renderHostFiles(evaluation, emitted);
  for (const [name, content] of rendered.files) files.set(name, content);
  const problems = [...checks, ...rendered.problems];
  summaries.push({
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
