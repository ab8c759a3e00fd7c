import { ClassError } from '../errors/errors.js';
import { evalModulesWithDefinitions, freeformTypeOf } from '../evaluation/evaluate.js';
import type { InferConfig } from '../infer.js';
import { isLocatedModule } from '../modules/located-module.js';
import { type ModuleInput, moduleSourceOf, withModuleSource } from '../modules/module.js';
import { isAttributeSet } from '../values/plain.js';
import { mkOptionType, type OptionType, type TypedDefinition } from './option-type.js';

export interface SubmoduleSpec {
  readonly modules: readonly ModuleInput[];
  readonly class?: string | undefined;
  readonly specialArgs?: Readonly<Record<string, unknown>>;
  /** When true, a plain attribute set definition is the submodule's `config` (`types.submodule`). */
  readonly shorthandOnlyDefinesConfig?: boolean;
  readonly description?: string;
}

/** The `name` argument of a submodule evaluated without a value (documentation, description). */
const NO_NAME = '‹name›';

function isModuleValue(value: unknown): boolean {
  return isAttributeSet(value) || typeof value === 'function';
}

/** A module marked by defineModule (or a module function) is a full module, never shorthand. */
function isShorthandConfig(definition: TypedDefinition, shorthandOnlyDefinesConfig: boolean) {
  const value = definition.value;
  return shorthandOnlyDefinesConfig && isAttributeSet(value) && moduleSourceOf(value) === undefined;
}

function definitionModule(
  definition: TypedDefinition,
  shorthandOnlyDefinesConfig: boolean,
): ModuleInput {
  const { value, source } = definition;
  const module = isShorthandConfig(definition, shorthandOnlyDefinesConfig)
    ? { _file: source.file, config: value }
    : { _file: source.file, imports: [value as ModuleInput] };
  return withModuleSource(module, source);
}

function mergeClass(left: string | undefined, right: string | undefined): string | undefined {
  if (left === undefined || left === right) return right;
  if (right === undefined) return left;
  throw new ClassError([], { kind: 'conflicting-declarations', left, right });
}

/**
 * A nested module evaluation per value: each definition is a module (or, in shorthand, its
 * config), and the value is that evaluation's `config`. `name` is the last element of the path.
 */
export function submoduleWith<Config = Record<string, unknown>>(
  spec: SubmoduleSpec,
): OptionType<Config> {
  const shorthand = spec.shorthandOnlyDefinesConfig ?? false;
  // Where the definitions' modules go among the type's own. An option's declaration gives its
  // type's modules a location (`lib.setDefaultModuleLocation`): in the reference each is then
  // imported by a module of its own, one level deeper, so the definitions are collected before
  // the type's modules and merged after them. A type whose modules were never located (a
  // submodule inside `either`, which does not pass its modules on) keeps them at the top,
  // before the definitions: checked with Nix, `either bool (submodule m)` merges the
  // definitions first and m's own after them.
  const definitionsFirst = spec.modules.every(isLocatedModule);
  /** The evaluation's input: `name` is the attribute name of a value, `‹name›` for none. */
  const input = (path: readonly string[], name: string, extra: readonly ModuleInput[]) => {
    // Not `{ ...spec.specialArgs, name }`: see `ModuleEvaluation.modules`.
    const specialArgs: Record<string, unknown> = Object.assign({}, spec.specialArgs);
    specialArgs.name = name;
    let modules = spec.modules;
    if (extra.length > 0)
      modules = definitionsFirst ? [...extra, ...spec.modules] : [...spec.modules, ...extra];
    return { modules, class: spec.class, specialArgs, prefix: path };
  };
  const evaluate = (
    path: readonly string[],
    extra: readonly ModuleInput[],
    configDefinitions: readonly TypedDefinition[] = [],
  ) => evalModulesWithDefinitions(input(path, path[path.length - 1]!, extra), configDefinitions);
  const type = mkOptionType<Config>({
    name: 'submodule',
    // As the reference: a freeform submodule reads as its freeform type ("attribute set of
    // string"), which takes evaluating the type's modules, without a value (`‹name›`). An error
    // doing so (an imported option with no value) is the error a message needing it raises.
    description:
      spec.description ??
      (() => freeformTypeOf(input([], NO_NAME, []))?.description ?? 'submodule'),
    check: isModuleValue,
    merge: (path, definitions) => {
      // The common case, every definition a plain attribute set of config, skips building a
      // module per definition: it is data for the nested evaluation as it stands.
      // (Shorthand data stands for modules listed before the type's own: see `definitionsFirst`.)
      const allConfig =
        definitionsFirst &&
        definitions.every((definition) => isShorthandConfig(definition, shorthand));
      return (
        allConfig
          ? evaluate(path, [], definitions)
          : evaluate(
              path,
              definitions.map((definition) => definitionModule(definition, shorthand)),
            )
      ).config as Config;
    },
    emptyValue: { value: {} as Config },
    getSubOptions: (prefix) => evalModulesWithDefinitions(input(prefix, NO_NAME, []), []).options,
    getSubModules: () => spec.modules,
    acceptsNestedOptions: true,
    substSubModules: (modules) =>
      submoduleWith<Config>({ ...spec, modules: modules as ModuleInput[] }),
    typeMerge: (other) => {
      if (other.name !== 'submodule' || other.getSubModules === undefined) return undefined;
      const otherSpec = specOf.get(other);
      if (otherSpec === undefined) return undefined;
      return submoduleWith({
        ...spec,
        modules: [...spec.modules, ...otherSpec.modules],
        class: mergeClass(spec.class, otherSpec.class),
        specialArgs: { ...spec.specialArgs, ...otherSpec.specialArgs },
      });
    },
  });
  specOf.set(type, spec);
  return type;
}

const specOf = new WeakMap<OptionType, SubmoduleSpec>();

type ModuleOptionsOf<M> = M extends { options: infer Options }
  ? Options
  : M extends readonly [infer First, ...unknown[]]
    ? ModuleOptionsOf<First>
    : Record<string, never>;

/** `types.submodule`: plain attribute set definitions are the submodule's config. */
export function submodule<M extends ModuleInput | readonly ModuleInput[]>(
  modules: M,
  options: { class?: string } = {},
): OptionType<InferConfig<ModuleOptionsOf<M>>> {
  return submoduleWith({
    modules: Array.isArray(modules)
      ? (modules as readonly ModuleInput[])
      : [modules as ModuleInput],
    class: options.class,
    shorthandOnlyDefinesConfig: true,
  });
}
