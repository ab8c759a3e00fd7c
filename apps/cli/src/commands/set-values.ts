import {
  type Evaluation,
  evaluationOf,
  getAttributePath,
  NoValueError,
  showOption,
} from '@cdknix/modules';

/** An option with neither a definition nor a default. */
const UNSET: unique symbol = Symbol('unset');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setAt(tree: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = tree;
  for (const name of path.slice(0, -1)) {
    node[name] ??= {};
    node = node[name] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/**
 * The options below `path` that have a value, as a tree: what a set of options is on this host,
 * as `nixos-option` shows it. An option with neither a definition nor a default is left out
 * (unset), also inside submodule instances; every other error is thrown.
 */
export function setValues(
  evaluation: Evaluation,
  path: readonly string[],
): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const option of optionsBelow(evaluation, path)) {
    const value = optionValue(evaluation, option);
    if (value !== UNSET) setAt(tree, option.slice(path.length), value);
  }
  return tree;
}

/** The option paths strictly below `path`: none when `path` is an option, not a set of them. */
export function optionsBelow(evaluation: Evaluation, path: readonly string[]): string[][] {
  return evaluation
    .optionPaths()
    .filter(
      (option) =>
        option.length > path.length && path.every((name, index) => option[index] === name),
    );
}

function optionValue(evaluation: Evaluation, option: readonly string[]): unknown {
  let value: unknown;
  try {
    value = getAttributePath(evaluation.config, option);
  } catch (error) {
    // This option itself has no value (not one it reads: that is an error of its definition).
    if (NoValueError.is(error) && showOption(error.path).endsWith(showOption(option))) return UNSET;
    throw error;
  }
  try {
    return evaluation.valueOf(option);
  } catch (error) {
    if (!NoValueError.is(error)) throw error;
    // Some option inside a submodule instance is unset: show the instance's options that are set.
    const instance = evaluationOf(value);
    if (instance !== undefined) return valueOrSetValues(instance);
    if (isPlainObject(value)) {
      const names = Object.keys(value);
      const instances = names.map((name) => evaluationOf(value[name]));
      if (instances.every((nested) => nested !== undefined))
        return Object.fromEntries(
          names.map((name, index) => [name, valueOrSetValues(instances[index]!)]),
        );
    }
    throw error;
  }
}

/**
 * The whole value of an evaluation (freeform attributes included), or the options in it that
 * have a value when some have none.
 */
export function valueOrSetValues(evaluation: Evaluation, path: readonly string[] = []): unknown {
  try {
    return evaluation.valueOf(path);
  } catch (error) {
    if (!NoValueError.is(error)) throw error;
    return setValues(evaluation, path);
  }
}
