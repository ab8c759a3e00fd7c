/**
 * Translates a conformance case (../shared/conformance/FORMAT.md) into modules built with the
 * PUBLIC API only, so the corpus tests exactly what users can write.
 */
import {
  force,
  getAttributePath,
  isEqual,
  type ModuleArguments,
  type ModuleFunction,
  type ModuleInput,
  mkAfter,
  mkBefore,
  mkDefault,
  mkForce,
  mkIf,
  mkMerge,
  mkOption,
  mkOptionDefault,
  mkOrder,
  mkOverride,
  type OptionSpec,
  type OptionType,
  types,
} from '../index.js';
import { applyFunctions } from './apply-functions.js';

export interface ConformanceQuery {
  path: string;
  value?: unknown;
  error?: string;
  message?: string;
}

export interface ConformanceCase {
  name: string;
  area: string;
  description: string;
  class?: string;
  modules: JsonModule[];
  expect: ConformanceQuery[];
}

type Json = null | boolean | number | string | Json[] | { [name: string]: Json };
type JsonModule = { [name: string]: Json };

/** The error a `$throw` value raises (kind `throw`). */
export class ConformanceThrow extends Error {
  readonly kind = 'throw';
}

interface Scope {
  readonly config: unknown;
  readonly name: unknown;
  readonly outer: Scope | undefined;
}

function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

function tagOf(value: { [name: string]: Json }): string | undefined {
  const [first] = Object.keys(value);
  return first?.startsWith('$') ? first : undefined;
}

type Compiled = (scope: Scope | undefined) => unknown;
type TagCompiler = (argument: any) => Compiled;

function compileAll(values: Json[]): Compiled[] {
  return values.map(compileValue);
}

const forceAll = (compiled: Compiled[], scope: Scope | undefined) =>
  compiled.map((value) => force(value(scope)));

const TAGS: Record<string, TagCompiler> = {
  $mkIf: ([condition, content]) => {
    const [compiledCondition, compiledContent] = compileAll([condition, content]) as [
      Compiled,
      Compiled,
    ];
    return (scope) =>
      mkIf(() => force(compiledCondition(scope)) as boolean, compiledContent(scope));
  },
  $mkMerge: (contents: Json[]) => {
    const compiled = compileAll(contents);
    return (scope) => mkMerge(compiled.map((content) => content(scope)));
  },
  $mkOverride: ([priority, content]) => {
    const compiled = compileValue(content);
    return (scope) => mkOverride(priority, compiled(scope));
  },
  $mkDefault: (content) => wrapWith(mkDefault, content),
  $mkForce: (content) => wrapWith(mkForce, content),
  $mkOptionDefault: (content) => wrapWith(mkOptionDefault, content),
  $mkOrder: ([priority, content]) => {
    const compiled = compileValue(content);
    return (scope) => mkOrder(priority, compiled(scope));
  },
  $mkBefore: (content) => wrapWith(mkBefore, content),
  $mkAfter: (content) => wrapWith(mkAfter, content),
  $ref: (path: string) => {
    const segments = splitPath(path);
    return (scope) => () => getAttributePath(scope?.config, segments);
  },
  $outerRef: (path: string) => {
    const segments = splitPath(path);
    return (scope) => () => getAttributePath(scope?.outer?.config, segments);
  },
  $name: () => (scope) => () => scope?.name,
  $concat: (operands: Json[]) => {
    const compiled = compileAll(operands);
    return (scope) => () => forceAll(compiled, scope).join('');
  },
  $add: (operands: Json[]) => {
    const compiled = compileAll(operands);
    return (scope) => () =>
      forceAll(compiled, scope).reduce<number>((sum, operand) => sum + (operand as number), 0);
  },
  $not: (operand) => {
    const compiled = compileValue(operand);
    return (scope) => () => !force(compiled(scope));
  },
  $eq: ([left, right]) => {
    const [compiledLeft, compiledRight] = compileAll([left, right]) as [Compiled, Compiled];
    return (scope) => () => isEqual(compiledLeft(scope), compiledRight(scope));
  },
  $and: (operands: Json[]) => {
    const compiled = compileAll(operands);
    return (scope) => () => compiled.every((operand) => force(operand(scope)) === true);
  },
  $or: (operands: Json[]) => {
    const compiled = compileAll(operands);
    return (scope) => () => compiled.some((operand) => force(operand(scope)) === true);
  },
  $throw: (message: string) => () => () => {
    throw new ConformanceThrow(`conformance-throw: ${message}`);
  },
  $module: (module: JsonModule) => {
    const compiled = compileModule(module);
    return (scope) => compiled(scope);
  },
};

function wrapWith(wrap: (content: unknown) => unknown, content: Json): Compiled {
  const compiled = compileValue(content);
  return (scope) => wrap(compiled(scope));
}

function hasTags(value: Json): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasTags);
  return Object.keys(value).some((name) => name.startsWith('$') || hasTags(value[name]!));
}

/**
 * Compiles a value V of the format once: literals become shared constants, tags become
 * functions of the module scope producing properties and thunks.
 */
export function compileValue(value: Json): Compiled {
  if (!hasTags(value)) return () => value;
  if (Array.isArray(value)) {
    const compiled = compileAll(value);
    return (scope) => compiled.map((element) => element(scope));
  }
  const attributes = value as { [name: string]: Json };
  const tag = tagOf(attributes);
  if (tag !== undefined) {
    const compiler = TAGS[tag];
    if (compiler === undefined) throw new Error(`unknown tag ${tag}`);
    return compiler(attributes[tag]);
  }
  const names = Object.keys(attributes);
  const compiled = names.map((name) => compileValue(attributes[name]!));
  // Nix attribute sets have no prototype. Built without one, the set is in V8's dictionary
  // mode from the start: names like `h42` make nearly every set a shape of its own, and
  // giving each its hidden class costs more than building the set.
  return (scope) => {
    const result: Record<string, unknown> = Object.create(null);
    for (let index = 0; index < names.length; index += 1)
      result[names[index]!] = compiled[index]!(scope);
    return result;
  };
}

export function translateValue(value: Json, scope: Scope | undefined): unknown {
  return compileValue(value)(scope);
}

const NAMED_TYPES: Record<string, OptionType<any>> = {
  int: types.int,
  str: types.str,
  bool: types.bool,
  float: types.float,
  number: types.number,
  anything: types.anything,
  raw: types.raw,
  attrs: types.attrs,
  lines: types.lines,
  nonEmptyStr: types.nonEmptyStr,
  port: types.port,
  'ints.positive': types.ints.positive,
  'ints.unsigned': types.ints.unsigned,
  deferredModule: types.deferredModule,
};

/**
 * A compiled type T. Types that do not read the module scope (no `$outerRef` in their
 * submodules, no tagged enum members) are built once, at compile time, and shared by every
 * module instance: `constant` holds them.
 */
interface CompiledType {
  (scope: Scope | undefined): OptionType<any>;
  readonly constant?: OptionType<any>;
}

function constant(type: OptionType<any>): CompiledType {
  return Object.assign(() => type, { constant: type });
}

/** A type built from compiled parts: constant when every part is. */
function derived(
  parts: readonly CompiledType[],
  build: (types: OptionType<any>[]) => OptionType<any>,
): CompiledType {
  if (parts.every((part) => part.constant !== undefined))
    return constant(build(parts.map((part) => part.constant!)));
  return (scope) => build(parts.map((part) => part(scope)));
}

function wrapType(inner: Json, wrap: (type: OptionType<any>) => OptionType<any>): CompiledType {
  return derived([compileType(inner)], ([type]) => wrap(type!));
}

/** Compiles a type T; types whose submodules read the scope are built per scope. */
export function compileType(type: Json): CompiledType {
  if (typeof type === 'string') {
    const named = NAMED_TYPES[type];
    if (named === undefined) throw new Error(`unknown type ${type}`);
    return constant(named);
  }
  const spec = type as { [name: string]: any };
  if ('submodule' in spec) {
    const jsonModules = (
      Array.isArray(spec.submodule) ? spec.submodule : [spec.submodule]
    ) as JsonModule[];
    const compiled = jsonModules.map(compileModule);
    const build = (scope: Scope | undefined) => {
      const modules = compiled.map((module) => module(scope));
      return spec.class === undefined
        ? types.submodule(modules)
        : types.submoduleWith({ modules, class: spec.class, shorthandOnlyDefinesConfig: true });
    };
    return jsonModules.some(readsOuterScope) ? build : constant(build(undefined));
  }
  if ('listOf' in spec) return wrapType(spec.listOf, types.listOf);
  if ('attrsOf' in spec) return wrapType(spec.attrsOf, types.attrsOf);
  if ('lazyAttrsOf' in spec) return wrapType(spec.lazyAttrsOf, types.lazyAttrsOf);
  if ('nullOr' in spec) return wrapType(spec.nullOr, types.nullOr);
  if ('uniq' in spec) return wrapType(spec.uniq, types.uniq);
  if ('unique' in spec)
    return wrapType(spec.unique.type, (inner) =>
      types.unique({ message: spec.unique.message }, inner),
    );
  if ('either' in spec)
    return derived([compileType(spec.either[0]), compileType(spec.either[1])], ([left, right]) =>
      types.either(left!, right!),
    );
  if ('oneOf' in spec)
    return derived((spec.oneOf as Json[]).map(compileType), (members) => types.oneOf(members));
  if ('enum' in spec) {
    const build = (scope: Scope | undefined) =>
      types.enum(members.map((member) => force(member(scope)) as string));
    const members = compileAll(spec.enum);
    return hasTags(spec.enum) ? build : constant(build(undefined));
  }
  if ('separatedString' in spec) return constant(types.separatedString(spec.separatedString));
  if ('strMatching' in spec) return constant(types.strMatching(spec.strMatching));
  if ('ints.between' in spec)
    return constant(types.ints.between(spec['ints.between'][0], spec['ints.between'][1]));
  throw new Error(`unknown type ${JSON.stringify(type)}`);
}

/** Whether a module may read the scope it is nested in: any `$outerRef` in it (conservative). */
function readsOuterScope(module: Json): boolean {
  if (module === null || typeof module !== 'object') return false;
  if (Array.isArray(module)) return module.some(readsOuterScope);
  return Object.keys(module).some((name) => name === '$outerRef' || readsOuterScope(module[name]!));
}

export function translateType(type: Json, scope: Scope | undefined): OptionType<any> {
  return compileType(type)(scope);
}

/** Compiled options; `shared` is set when they read nothing from the scope (built once). */
interface CompiledOptions {
  (scope: Scope | undefined): Record<string, unknown>;
  readonly shared?: Record<string, unknown>;
}

function shared(options: Record<string, unknown>): CompiledOptions {
  return Object.assign(() => options, { shared: options });
}

function compileOptions(tree: { [name: string]: Json }): CompiledOptions {
  if ('$option' in tree) {
    const option = tree.$option as { [name: string]: Json };
    const type = option.type === undefined ? undefined : compileType(option.type);
    const defaultValue = 'default' in option ? compileValue(option.default!) : undefined;
    const apply = option.apply === undefined ? undefined : applyFunctions[option.apply as string];
    const readOnly = option.readOnly as boolean | undefined;
    const declare = (scope: Scope | undefined) => {
      const spec: OptionSpec<unknown, unknown> = {};
      if (type !== undefined) spec.type = type(scope);
      if (defaultValue !== undefined) spec.default = defaultValue(scope);
      if (readOnly !== undefined) spec.readOnly = readOnly;
      if (apply !== undefined) spec.apply = apply;
      return mkOption(spec) as unknown as Record<string, unknown>;
    };
    // A declaration that reads nothing from the scope is the same for every module instance.
    const scopeFree =
      (type === undefined || type.constant !== undefined) &&
      (!('default' in option) || !hasTags(option.default!));
    return scopeFree ? shared(declare(undefined)) : declare;
  }
  const names = Object.keys(tree);
  const compiled = names.map((name) => compileOptions(tree[name] as { [name: string]: Json }));
  const build = (scope: Scope | undefined) => {
    const options: Record<string, unknown> = {};
    for (let index = 0; index < names.length; index += 1)
      options[names[index]!] = compiled[index]!(scope);
    return options;
  };
  return compiled.every((child) => child.shared !== undefined) ? shared(build(undefined)) : build;
}

/** A Module object: a function of `{ config, name }`, like the Nix rendering of the format. */
export function compileModule(json: JsonModule): (outer: Scope | undefined) => ModuleFunction {
  const config = json.config === undefined ? () => ({}) : compileValue(json.config);
  const options =
    json.options === undefined
      ? undefined
      : compileOptions(json.options as { [name: string]: Json });
  const freeformType = json.freeformType === undefined ? undefined : compileType(json.freeformType);
  const imports = ((json.imports ?? []) as Json[]).map((item) => {
    const isTag =
      item !== null &&
      typeof item === 'object' &&
      !Array.isArray(item) &&
      tagOf(item) !== undefined;
    if (isTag) {
      const compiled = compileValue(item);
      return (scope: Scope) => (() => force(compiled(scope))) as ModuleInput;
    }
    const compiled = compileModule(item as JsonModule);
    return (scope: Scope) => compiled(scope);
  });
  return (outer) => (args: ModuleArguments) => {
    const scope: Scope = { config: args.config, name: args.name, outer };
    const module: Record<string, unknown> = { config: config(scope) };
    if (json.file !== undefined) module._file = json.file;
    if (json.key !== undefined) module.key = json.key;
    if (json.class !== undefined) module._class = json.class;
    if (options !== undefined) module.options = options(scope);
    if (freeformType !== undefined) module.freeformType = freeformType(scope);
    if (json.disabledModules !== undefined) module.disabledModules = json.disabledModules;
    if (json.imports !== undefined) module.imports = imports.map((item) => item(scope));
    return module;
  };
}

export function translateModule(json: JsonModule, outer: Scope | undefined): ModuleFunction {
  return compileModule(json)(outer);
}

const compiledCases = new WeakMap<
  ConformanceCase,
  ((outer: Scope | undefined) => ModuleFunction)[]
>();

/** The case's modules for `evalModules`; the JSON is compiled once per case. */
export function translateCase(conformanceCase: ConformanceCase): {
  modules: ModuleFunction[];
  class: string | undefined;
} {
  let compiled = compiledCases.get(conformanceCase);
  if (compiled === undefined) {
    compiled = conformanceCase.modules.map(compileModule);
    compiledCases.set(conformanceCase, compiled);
  }
  return { modules: compiled.map((module) => module(undefined)), class: conformanceCase.class };
}
