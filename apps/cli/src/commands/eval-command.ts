import { evaluateHost, renderProblems } from '@cdknix/constructs';
import {
  type Evaluation,
  evaluationOf,
  formatSource,
  getAttributePath,
  ModuleSystemError,
  orderPriorities,
  priorities,
  UNKNOWN_FILE,
} from '@cdknix/modules';
import { isNixNode, NixReference, toNix } from '@cdknix/nix';
import { loadFleet } from './load-fleet.js';
import { optionsBelow, valueOrSetValues } from './set-values.js';

export interface EvalCommandOptions {
  root: string;
  host: string;
  path: string | undefined;
  user: string | undefined;
  json: boolean;
  /** Also print the option's type and where it is declared and defined (`nixos-option`). */
  definitions?: boolean;
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
    const path = options.path ? options.path.split('.') : [];
    if (options.definitions) {
      const described = describeOption(...innermost(evaluation, path));
      if (typeof described === 'string') {
        options.stderr.write(`${described}\n`);
        return 1;
      }
      const value = evaluation.valueOf(path);
      options.stdout.write(
        options.json
          ? `${JSON.stringify({ ...described, value: toTaggedJson(value) }, null, 2)}\n`
          : showOption(described, value),
      );
      return 0;
    }
    const [declaring, inner] = innermost(evaluation, path);
    // A set of options (or the whole configuration) shows the options that have a value.
    const isSet = optionsBelow(declaring, inner).length > 0;
    const value = isSet ? valueOrSetValues(declaring, inner) : evaluation.valueOf(path);
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

/** What `--definitions` shows besides the value. */
interface OptionDescription {
  type: string;
  declarations: string[];
  definitions: { site: string; priority: number; order: number }[];
}

/** The names Nix users write for priorities and orders (`lib.mkDefault`, `lib.mkBefore`). */
const PRIORITY_NAMES: Record<number, string> = {
  [priorities.force]: 'lib.mkForce',
  [priorities.default]: 'lib.mkDefault',
  [priorities.optionDefault]: 'lib.mkOptionDefault',
};
const ORDER_NAMES: Record<number, string> = {
  [orderPriorities.before]: 'lib.mkBefore',
  [orderPriorities.after]: 'lib.mkAfter',
};

/** ` (lib.mkDefault)`, ` (lib.mkForce, lib.mkAfter)`: how a definition was wrapped, if it was. */
function wrappersOf({ priority, order }: { priority: number; order: number }): string {
  const names = [
    priority === priorities.plain
      ? undefined
      : (PRIORITY_NAMES[priority] ?? `lib.mkOverride ${priority}`),
    order === orderPriorities.plain ? undefined : (ORDER_NAMES[order] ?? `lib.mkOrder ${order}`),
  ].filter((name) => name !== undefined);
  return names.length === 0 ? '' : ` (${names.join(', ')})`;
}

/**
 * The evaluation that declares `path` and the path inside it: a path through a submodule
 * option (`nix.settings.keep-outputs`, `users.users.alice.shell`) is one of its instance's.
 */
function innermost(evaluation: Evaluation, path: readonly string[]): [Evaluation, string[]] {
  const options = new Set(evaluation.optionPaths().map((option) => option.join('\0')));
  for (let length = 1; length < path.length; length += 1) {
    if (!options.has(path.slice(0, length).join('\0'))) continue;
    let value = getAttributePath(evaluation.config, path.slice(0, length));
    let rest = path.slice(length);
    // An attribute set or list of instances: the next name picks one.
    if (evaluationOf(value) === undefined && rest.length > 1) {
      value = getAttributePath(value, rest.slice(0, 1));
      rest = rest.slice(1);
    }
    const nested = evaluationOf(value);
    return nested === undefined ? [evaluation, [...path]] : innermost(nested, rest);
  }
  return [evaluation, [...path]];
}

/**
 * The option at `path` (or freeform attribute) described, or why `path` is not one option: a
 * set of options has no definitions of its own.
 */
function describeOption(
  evaluation: Evaluation,
  path: readonly string[],
): OptionDescription | string {
  const [below] = optionsBelow(evaluation, path);
  if (below !== undefined)
    return `\`${path.join('.') || '(configuration)'}' is a set of options, not one option: --definitions needs an option path (for example ${below.join('.')}).`;
  const declaration = evaluation.declarationOf(path);
  return {
    type: declaration.type.description,
    // Modules written inline (a submodule's) name no file: nothing to show for them.
    declarations: declaration.declarations
      .map(formatSource)
      .filter((site) => site !== UNKNOWN_FILE),
    definitions: evaluation.definitionsOf(path).map((definition) => ({
      site: formatSource(definition.source),
      priority: definition.priority,
      order: definition.order,
    })),
  };
}

function showOption(described: OptionDescription, value: unknown): string {
  const list = (items: string[]) =>
    items.length === 0 ? '  (none)\n' : items.map((item) => `  ${item}\n`).join('');
  return [
    `Value:\n${toNix(value as never)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n')}\n`,
    `Type:\n  ${described.type}\n`,
    `Declared by:\n${list(described.declarations)}`,
    `Defined by:\n${list(described.definitions.map((definition) => `${definition.site}${wrappersOf(definition)}`))}`,
  ].join('\n');
}
