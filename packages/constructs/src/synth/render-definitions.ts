import {
  type DefinitionInfo,
  deepForce,
  type Evaluation,
  force,
  type OptionType,
  orderPriorities,
  priorities,
  type Source,
} from '@cdknix/modules';
import * as nix from '@cdknix/nix';

/** Named wrappers read better than numbers: `lib.mkDefault x`, not `lib.mkOverride 1000 x`. */
function withOverride(priority: number, value: nix.NixValue): nix.NixValue {
  if (priority === priorities.plain) return value;
  if (priority === priorities.default) return nix.mkDefault(value);
  if (priority === priorities.force) return nix.mkForce(value);
  return nix.mkOverride(priority, value);
}

function withOrder(order: number, value: nix.NixValue): nix.NixValue {
  if (order === orderPriorities.plain) return value;
  if (order === orderPriorities.before) return nix.mkBefore(value);
  if (order === orderPriorities.after) return nix.mkAfter(value);
  return nix.mkOrder(order, value);
}

/** `aspects/ai: src/claude-code.ts:12`: module files carry the whole label already. */
export function sourceLabel(source: Source): string {
  const owner = source.package === undefined ? '' : `${source.package}: `;
  return `${owner}${source.file}${source.line === undefined ? '' : `:${source.line}`}`;
}

/** The definitions of one order priority, in merge order. */
function groupByOrder(definitions: readonly DefinitionInfo[]): DefinitionInfo[][] {
  const groups = new Map<number, DefinitionInfo[]>();
  for (const definition of definitions) {
    const group = groups.get(definition.order) ?? [];
    group.push(definition);
    groups.set(definition.order, group);
  }
  return [...groups.keys()].sort((left, right) => left - right).map((order) => groups.get(order)!);
}

function mergeGroup(
  type: OptionType,
  path: readonly string[],
  group: readonly DefinitionInfo[],
): nix.NixValue {
  const forced = group.map((definition) => ({
    value: force(definition.value),
    source: definition.source,
  }));
  const merged = deepForce(type.merge(path, forced)) as nix.NixValue;
  return group.length > 1 ? (annotateList(merged, forced) ?? merged) : merged;
}

/**
 * A list merged from several definitions, with each definition's run of elements under a
 * comment naming where it was written (`# aspects/ai: src/ai-packages.ts:4`). Only when the
 * merge was a plain concatenation; otherwise undefined (the binding's comment names them all).
 */
function annotateList(
  merged: nix.NixValue,
  forced: readonly { value: unknown; source: Source }[],
): nix.NixValue[] | undefined {
  if (!Array.isArray(merged) || !forced.every((definition) => Array.isArray(definition.value)))
    return undefined;
  const runs = forced.map((definition) => deepForce(definition.value) as nix.NixValue[]);
  if (runs.reduce((total, run) => total + run.length, 0) !== merged.length) return undefined;
  const annotated: nix.NixValue[] = [];
  let index = 0;
  for (const [position, run] of runs.entries()) {
    for (const [offset, element] of run.entries()) {
      if (!nix.nixValuesEqual(element, merged[index]!)) return undefined;
      annotated.push(
        offset === 0
          ? nix.withComment(merged[index]!, sourceLabel(forced[position]!.source))
          : merged[index]!,
      );
      index += 1;
    }
  }
  return annotated;
}

/**
 * One option's surviving definitions as a Nix value that means the same when merged with
 * nixpkgs' own definitions: the override priority kept (`lib.mkDefault`, `lib.mkForce`,
 * `lib.mkOverride N`), each order priority its own `lib.mkMerge` element (`lib.mkBefore`,
 * `lib.mkAfter`, `lib.mkOrder N`) so before/after intent survives (EMISSION.md §A.7), and a
 * provenance comment naming where each definition was written.
 */
export function renderDefinitions(
  evaluation: Evaluation,
  path: readonly string[],
  definitions: readonly DefinitionInfo[],
): nix.NixValue {
  const { type } = evaluation.declarationOf(path);
  const priority = definitions[0]!.priority;
  const elements = groupByOrder(definitions).map((group) => {
    return withOverride(priority, withOrder(group[0]!.order, mergeGroup(type, path, group)));
  });
  const value = elements.length === 1 ? elements[0]! : nix.mkMerge(elements);
  const sites = [...new Set(definitions.map((definition) => sourceLabel(definition.source)))];
  // A list whose elements carry their own provenance needs no comment on the binding.
  return sites.length > 1 && elements.length === 1 && Array.isArray(value)
    ? value
    : nix.withComment(value, sites.join(', '));
}
