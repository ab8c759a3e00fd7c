import {
  type Evaluation,
  evaluationOf,
  getAttributePath,
  ModuleSystemError,
} from '@cdknix/modules';
import type * as nix from '@cdknix/nix';
import type { Problem } from '../errors/problem.js';
import { type DescribeSite, exceptionProblem } from './exception-problem.js';
import { isPlainObject } from './plain-object.js';
import { renderDefinitions } from './render-definitions.js';

/** Options the framework evaluates in TypeScript and never writes: synth checks them itself. */
const neverEmitted = new Set(['assertions', 'warnings']);

export interface RenderTarget {
  /** `fleet/cinnabar` or `fleet/cinnabar/users/crs58`: where problems are filed. */
  owner: string;
  problems: Problem[];
  /** Labels a site (`aspects/ai: src/ai.ts:12`), for exceptions thrown by user code. */
  describe: DescribeSite;
}

type Tree = { [name: string]: nix.NixValue | Tree };

function setAt(tree: Tree, path: readonly string[], value: nix.NixValue | Tree): void {
  let node = tree;
  for (const name of path.slice(0, -1)) {
    node[name] ??= {};
    node = node[name] as Tree;
  }
  node[path[path.length - 1]!] = value;
}

export function problemFromError(
  error: unknown,
  owner: string,
  describe?: DescribeSite,
  option?: readonly string[],
): Problem {
  if (!ModuleSystemError.is(error)) {
    // An exception of the user's own code, reported where it was thrown; without a way to
    // name sites, it is not ours to report.
    if (describe === undefined) throw error;
    return exceptionProblem(error, owner, describe, option);
  }
  const [message, ...rest] = error.message.split('\n');
  return {
    severity: 'error',
    kind: `evaluation/${error.kind}`,
    path: `${owner}: ${error.path.join('.') || '(configuration)'}`,
    message: [message, ...rest.map((line) => `  ${line}`)].join('\n'),
    sites: [],
  };
}

/**
 * The emitted part of an evaluation as a nested attribute tree. Submodule instances
 * (`users.users.<name>`) are descended into so that each leaf keeps its own priority; values
 * of freeform submodules that no option declares are written as their merged values.
 * Problems are collected, never thrown, so one run reports every broken option.
 */
export function renderConfiguration(
  evaluation: Evaluation,
  isEmitted: (path: readonly string[]) => boolean,
  target: RenderTarget,
): Tree {
  const tree: Tree = {};
  let paths: string[][];
  try {
    paths = evaluation.optionPaths();
  } catch (error) {
    // A declaration that is not an option (`options: { level: 3 }`) breaks the option tree.
    target.problems.push(problemFromError(error, target.owner, target.describe));
    return tree;
  }
  for (const path of paths) {
    if (neverEmitted.has(path[0]!)) continue;
    try {
      if (!isEmitted(path)) checkTypeScriptOnly(evaluation, path);
      else {
        const rendered = renderOption(evaluation, path, target);
        if (rendered !== undefined) setAt(tree, path, rendered);
      }
    } catch (error) {
      target.problems.push(problemFromError(error, target.owner, target.describe, path));
    }
  }
  return tree;
}

/**
 * A TypeScript-only option (an aspect's own) that something defines is evaluated even when
 * nothing reads it, so that a value of the wrong type is an error, not silently unused.
 */
function checkTypeScriptOnly(evaluation: Evaluation, path: readonly string[]): void {
  if (evaluation.definitionsOf(path).length > 0) evaluation.valueOf(path);
}

function renderOption(
  evaluation: Evaluation,
  path: readonly string[],
  target: RenderTarget,
): nix.NixValue | Tree | undefined {
  const definitions = evaluation.definitionsOf(path);
  if (definitions.length === 0) return undefined;
  const value = getAttributePath(evaluation.config, path);
  const nested = evaluationOf(value);
  if (nested) return renderInstance(nested, value, target);
  if (isPlainObject(value)) {
    const names = Object.keys(value);
    const instances = names.map((name) => evaluationOf(value[name]));
    if (names.length > 0 && instances.every((instance) => instance !== undefined)) {
      return Object.fromEntries(
        names.map((name, index) => [name, renderInstance(instances[index]!, value[name], target)]),
      );
    }
  }
  return renderDefinitions(evaluation, path, definitions);
}

/**
 * A submodule instance: its declared options with their definitions, plus its freeform
 * attributes, at any depth (`server.extra` beside a declared `server.port`), each with its
 * definitions' priority and provenance as an option's.
 */
function renderInstance(instance: Evaluation, value: unknown, target: RenderTarget): Tree {
  const tree = renderConfiguration(instance, () => true, target);
  if (!isPlainObject(value)) return tree;
  for (const path of freeformPaths(value, new DeclaredPaths(instance.optionPaths()))) {
    try {
      const rendered = renderOption(instance, path, target);
      if (rendered !== undefined) setAt(tree, path, rendered);
    } catch (error) {
      target.problems.push(problemFromError(error, target.owner, target.describe, path));
    }
  }
  return tree;
}

/** The option paths of an evaluation and the groups holding them, as lookups. */
class DeclaredPaths {
  readonly #options = new Set<string>();
  readonly #groups = new Set<string>();

  constructor(paths: readonly (readonly string[])[]) {
    for (const path of paths) {
      this.#options.add(path.join('\0'));
      for (let length = 1; length < path.length; length += 1)
        this.#groups.add(path.slice(0, length).join('\0'));
    }
  }

  isOption(path: readonly string[]): boolean {
    return this.#options.has(path.join('\0'));
  }

  isGroup(path: readonly string[]): boolean {
    return this.#groups.has(path.join('\0'));
  }
}

/** The paths of `value` that no option declares, each where it leaves the declared groups. */
function freeformPaths(
  value: Record<string, unknown>,
  declared: DeclaredPaths,
  path: readonly string[] = [],
): string[][] {
  const paths: string[][] = [];
  for (const name of Object.keys(value).sort()) {
    const inner = [...path, name];
    if (declared.isOption(inner)) continue;
    if (!declared.isGroup(inner)) paths.push(inner);
    else {
      const group = value[name];
      if (isPlainObject(group)) paths.push(...freeformPaths(group, declared, inner));
    }
  }
  return paths;
}
