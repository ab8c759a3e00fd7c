// A lower bound for the perf workload, not an evaluator (decision 0005, follow-up 6).
//
// It evaluates the s=64 case (or another size) with the least work that still gives the case's
// answers: the same modules (the corpus translator's), the evaluator's own lazy sets
// (`attributesFrom`) and the same forcing into plain data as `evalModules`, but nothing that
// makes an evaluator correct or helpful: no declaration merging, no definition sources, no type checks
// beyond scalars, no cycle detection, no messages, no freeform, classes or imports. It switches
// on type names, which the real evaluator never does (STYLE.md): it only knows the types the
// workload uses. Its answers are compared with the case's expected ones before anything is
// timed, and it fails if one differs.
//
// Prints, for both, the median and fastest of the runs after two warm-ups, interleaved:
//   corepack pnpm --filter @cdknix/modules bench:floor [s] [runs]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deepForce, force, type OptionType, orderPriorities, priorities } from '../src/index.js';
import { isProperty } from '../src/properties/property.js';
import {
  type ConformanceCase,
  matchesJson,
  runQueriesTogether,
  translateCase,
} from '../src/testing/index.js';
import { type AttributeSource, attributesFrom } from '../src/values/lazy-attributes.js';
import { isAttributeSet } from '../src/values/plain.js';
import { timedRuns } from './timed-runs.js';

type Attributes = Record<string, unknown>;

interface Declaration {
  readonly type: OptionType;
  readonly hasDefault: boolean;
  readonly default: unknown;
  readonly apply?: (value: unknown) => unknown;
}

/** What `mkIf`, `mkMerge`, `mkOverride` and `mkOrder` build, read by their fields. */
interface Property {
  readonly _type: 'if' | 'merge' | 'override' | 'order';
  readonly condition: unknown;
  readonly content: unknown;
  readonly contents: readonly unknown[];
  readonly priority: number;
}

interface Definition {
  readonly value: unknown;
  readonly priority: number;
  order: number;
}

const DEFAULT_PRIORITY = priorities.plain;
const OPTION_DEFAULT_PRIORITY = priorities.optionDefault;
const DEFAULT_ORDER = orderPriorities.plain;

/** The definitions a value stands for once its conditions and priorities are read. */
function discharge(value: unknown, priority: number, into: Definition[]): void {
  const forced = force(value);
  if (!isProperty(forced)) {
    into.push({ value: forced, priority, order: DEFAULT_ORDER });
    return;
  }
  const property = forced as unknown as Property;
  switch (property._type) {
    case 'if':
      if (force(property.condition) === true) discharge(property.content, priority, into);
      return;
    case 'merge':
      for (const content of property.contents) discharge(content, priority, into);
      return;
    case 'override':
      discharge(property.content, property.priority, into);
      return;
    case 'order': {
      const ordered: Definition[] = [];
      discharge(property.content, priority, ordered);
      for (const definition of ordered) {
        definition.order = property.priority;
        into.push(definition);
      }
    }
  }
}

function highestPriority(definitions: readonly Definition[]): Definition[] {
  let best = Number.POSITIVE_INFINITY;
  for (const definition of definitions) best = Math.min(best, definition.priority);
  const kept = definitions.filter((definition) => definition.priority === best);
  return kept.length > 1 ? kept.sort((left, right) => left.order - right.order) : kept;
}

/** A definition of a set of attributes, with the properties around it pushed to each. */
function pushDown(value: unknown): Attributes[] {
  const forced = force(value);
  if (!isProperty(forced)) return [forced as Attributes];
  const property = forced as unknown as Property;
  if (property._type === 'merge') return property.contents.flatMap(pushDown);
  return pushDown(property.content).map((attributes) => {
    const wrapped: Attributes = {};
    for (const name of Object.keys(attributes))
      wrapped[name] = Object.assign(Object.create(Object.getPrototypeOf(forced)), forced, {
        content: attributes[name],
      });
    return wrapped;
  });
}

function groupByName(values: readonly unknown[]): Map<string, unknown[]> {
  const byName = new Map<string, unknown[]>();
  for (const value of values) {
    for (const attributes of pushDown(value)) {
      for (const name of Object.keys(attributes)) {
        const list = byName.get(name);
        if (list === undefined) byName.set(name, [attributes[name]]);
        else list.push(attributes[name]);
      }
    }
  }
  return byName;
}

function merge(type: OptionType, definitions: readonly Definition[], name: string): unknown {
  switch (type.name) {
    case 'listOf': {
      const list: unknown[] = [];
      for (const definition of definitions) {
        for (const element of force(definition.value) as unknown[]) {
          const kept: Definition[] = [];
          discharge(element, DEFAULT_PRIORITY, kept);
          for (const { value } of kept) list.push(value);
        }
      }
      return list;
    }
    case 'attrsOf':
    case 'lazyAttrsOf': {
      const elementType = type.nestedTypes.elementType!;
      const byName = groupByName(definitions.map((definition) => definition.value));
      const values = new Map<string, unknown>();
      return attributesFrom(
        [...byName.keys()].sort(),
        {
          attribute(attribute) {
            if (values.has(attribute)) return values.get(attribute);
            const discharged: Definition[] = [];
            for (const value of byName.get(attribute)!)
              discharge(value, DEFAULT_PRIORITY, discharged);
            const value = merge(elementType, highestPriority(discharged), attribute);
            values.set(attribute, value);
            return value;
          },
        },
        'data',
      );
    }
    case 'submodule':
      return evaluate(
        type.getSubModules!(),
        { name },
        definitions.map((definition) => definition.value),
      );
    case 'separatedString':
      return definitions.map((definition) => definition.value).join('\n');
    default: {
      const [first, ...rest] = definitions;
      if (first === undefined || !type.check(first.value)) throw new Error(`bad value: ${name}`);
      if (rest.some((definition) => definition.value !== first.value))
        throw new Error(`conflict: ${name}`);
      return first.value;
    }
  }
}

class OptionValue {
  #value: unknown;
  #done = false;
  constructor(
    private readonly name: string,
    private readonly declaration: Declaration,
    private readonly definitions: readonly unknown[],
  ) {}

  get value(): unknown {
    if (this.#done) return this.#value;
    const { declaration } = this;
    const discharged: Definition[] = [];
    if (declaration.hasDefault) discharge(declaration.default, OPTION_DEFAULT_PRIORITY, discharged);
    for (const definition of this.definitions) discharge(definition, DEFAULT_PRIORITY, discharged);
    const merged = merge(declaration.type, highestPriority(discharged), this.name);
    this.#value = declaration.apply === undefined ? merged : declaration.apply(merged);
    this.#done = true;
    return this.#value;
  }
}

class Group implements AttributeSource {
  #declarations: Map<string, unknown[]> | undefined;
  #definitions: Map<string, unknown[]> | undefined;
  readonly #children = new Map<string, OptionValue | Group>();
  #value: Attributes | undefined;

  constructor(
    private readonly declarationTrees: readonly unknown[],
    private readonly definitionValues: readonly unknown[],
  ) {}

  #index(): Map<string, unknown[]> {
    if (this.#declarations === undefined) {
      this.#declarations = groupByName(this.declarationTrees);
      this.#definitions = groupByName(this.definitionValues);
    }
    return this.#declarations;
  }

  #child(name: string): OptionValue | Group {
    let child = this.#children.get(name);
    if (child !== undefined) return child;
    const declarations = this.#index().get(name)!;
    const definitions = this.#definitions!.get(name) ?? [];
    const first = force(declarations[0]);
    child = isAttributeSet(first)
      ? new Group(declarations, definitions)
      : new OptionValue(name, first as Declaration, definitions);
    this.#children.set(name, child);
    return child;
  }

  attribute(name: string): unknown {
    return this.#child(name).value;
  }

  get value(): Attributes {
    if (this.#value !== undefined) return this.#value;
    const declarations = this.#index();
    for (const name of this.#definitions!.keys())
      if (!declarations.has(name)) throw new Error(`unknown option: ${name}`);
    this.#value = attributesFrom([...declarations.keys()].sort(), this);
    return this.#value;
  }
}

/** The configuration of `modules`; `definitions` are shorthand definitions (submodules). */
function evaluate(
  modules: readonly unknown[],
  specialArgs: Attributes,
  definitions: readonly unknown[] = [],
): Attributes {
  let config: Attributes | undefined;
  const args: Attributes = Object.assign({}, specialArgs);
  args.config = new Proxy({}, { get: (_target, name) => config![name as string] });
  args.options = {};
  const declarationTrees: unknown[] = [];
  const definitionValues: unknown[] = [...definitions];
  for (const module of modules) {
    const loaded = (typeof module === 'function' ? module(args) : module) as Attributes;
    if (loaded.options !== undefined) declarationTrees.push(loaded.options);
    if (loaded.config !== undefined) definitionValues.push(loaded.config);
  }
  // Merge order is the reverse of collection order.
  config = new Group(declarationTrees.reverse(), definitionValues.reverse()).value;
  return config;
}

function floor(conformanceCase: ConformanceCase): unknown[] {
  const config = evaluate(translateCase(conformanceCase).modules, {});
  return conformanceCase.expect.map((query) =>
    deepForce(
      query.path.split('.').reduce<unknown>((at, name) => (at as Attributes)[name], config),
    ),
  );
}

const size = process.argv[2] ?? '64';
const runs = Number(process.argv[3] ?? 16);
const casePath = fileURLToPath(
  new URL(`../../../../shared/conformance/perf/perf-fleet-s${size}.json`, import.meta.url),
);
const conformanceCase = JSON.parse(readFileSync(casePath, 'utf8')) as ConformanceCase;

const answers = floor(conformanceCase);
conformanceCase.expect.forEach((query, index) => {
  if (!matchesJson(query.value, answers[index]))
    throw new Error(`the floor answers ${query.path} differently from the case`);
});

function measure(label: string, run: () => unknown): void {
  const { medianMs, fastestMs } = timedRuns(run, runs, 2);
  console.log(
    `s=${size} ${label}: median ${medianMs.toFixed(1)} ms, fastest ${fastestMs.toFixed(1)} ms`,
  );
}

for (let round = 0; round < 2; round += 1) {
  measure('floor (no evaluator features)', () => floor(conformanceCase));
  measure('evalModules', () => runQueriesTogether(conformanceCase));
}
