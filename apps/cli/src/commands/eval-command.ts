import { evaluateHost, renderProblems } from '@cdknix/constructs';
import { ModuleSystemError } from '@cdknix/modules';
import { isNixNode, NixReference, toNix } from '@cdknix/nix';
import { loadFleet } from './load-fleet.js';

export interface EvalCommandOptions {
  root: string;
  host: string;
  path: string | undefined;
  user: string | undefined;
  json: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * The JSON form of an evaluated value. Nix-only values are tagged: a package or other reference
 * is `{ "$ref": "pkgs.git" }`, any other Nix value `{ "$nix": "<Nix expression>" }`.
 */
export function toTaggedJson(value: unknown): unknown {
  if (NixReference.isReference(value)) return { $ref: [value.root, ...value.segments].join('.') };
  if (isNixNode(value)) return { $nix: toNix(value) };
  if (Array.isArray(value)) return value.map(toTaggedJson);
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((name) => [name, toTaggedJson((value as Record<string, unknown>)[name])]),
    );
  }
  return value;
}

/** `cdknix eval <host> [option.path]`: a host's evaluated option, like `nixos-option`. */
export async function evalCommand(options: EvalCommandOptions): Promise<number> {
  const { fleet, optionSets, problems } = await loadFleet(options.root);
  const host = fleet.tryFindHost(options.host);
  if (!host) {
    options.stderr.write(
      `${renderProblems(problems)}\nno host is named '${options.host}' (hosts: ${fleet.hosts.map((entry) => entry.spec.name).join(', ')})\n`,
    );
    return 1;
  }
  const evaluated = evaluateHost(fleet, host, { optionSets });
  const evaluation = options.user
    ? evaluated.homes.find((home) => home.user.user.name === options.user)?.evaluation
    : evaluated.system;
  if (!evaluation) {
    options.stderr.write(`host '${options.host}' has no user '${options.user}'\n`);
    return 1;
  }
  try {
    const value = evaluation.valueOf(options.path ? options.path.split('.') : []);
    options.stdout.write(
      options.json
        ? `${JSON.stringify(toTaggedJson(value), null, 2)}\n`
        : `${toNix(value as never)}\n`,
    );
    return 0;
  } catch (error) {
    if (!ModuleSystemError.is(error)) throw error;
    options.stderr.write(`${error.message}\n`);
    return 1;
  }
}
