import { type Evaluation, evalModules } from '@cdknix/modules';
import type { ModuleValue } from '../definitions/part-context.js';
import type { Problem } from '../errors/problem.js';
import type { Fleet } from '../fleet/fleet.js';
import type { Host, HostUser } from '../fleet/host.js';
import { checksModule } from './checks-module.js';
import type { DescribeSite } from './exception-problem.js';
import { homeModules, hostModules } from './host-modules.js';
import type { OptionSets } from './option-sets.js';
import { problemFromError } from './render-configuration.js';

export interface HomeEvaluation {
  user: HostUser;
  evaluation: Evaluation;
}

export interface HostEvaluation {
  host: Host;
  system: Evaluation;
  homes: HomeEvaluation[];
}

export interface EvaluateOptions {
  optionSets: OptionSets;
  /** `home.stateVersion` of every home configuration (default `25.11`). */
  homeStateVersion?: string;
}

/**
 * The shared evaluator over a host's modules (its class) and each user's (homeManager).
 * Nothing is forced here: options evaluate on demand when queried or rendered.
 */
export function evaluateHost(fleet: Fleet, host: Host, options: EvaluateOptions): HostEvaluation {
  const evaluate = (modules: readonly ModuleValue[], nixClass: string) =>
    evalModules({ modules: [checksModule, ...modules] as never, class: nixClass });
  return {
    host,
    system: evaluate(hostModules(fleet, host, options.optionSets), host.spec.class),
    homes: host.users.map((user) => ({
      user,
      evaluation: evaluate(
        homeModules(fleet, host, user, options.optionSets, options.homeStateVersion ?? '25.11'),
        'homeManager',
      ),
    })),
  };
}

/**
 * `assertions` and `warnings`, as in NixOS: a failed assertion is an error, a warning is a
 * warning, each filed under the host (or user) it came from.
 */
export function runChecks(
  evaluation: Evaluation,
  owner: string,
  describe?: DescribeSite,
): Problem[] {
  try {
    const assertions = evaluation.valueOf(['assertions']) as {
      assertion: boolean;
      message: string;
    }[];
    const warnings = evaluation.valueOf(['warnings']) as string[];
    return [
      ...assertions
        .filter((check) => !check.assertion)
        .map(
          (check): Problem => ({
            severity: 'error',
            kind: 'assertion',
            path: owner,
            message: check.message,
            sites: [],
          }),
        ),
      ...warnings.map(
        (message): Problem => ({
          severity: 'warning',
          kind: 'warning',
          path: owner,
          message,
          sites: [],
        }),
      ),
    ];
  } catch (error) {
    return [problemFromError(error, owner, describe)];
  }
}
