/**
 * Translates a conformance case (../shared/conformance/FORMAT.md) into modules built with the
 * PUBLIC API only, so the corpus tests exactly what users can write.
 */
import {
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
  type OptionType,
  force,
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

type TagHandler = (argument: any, scope: Scope | undefined) => unknown;

const forceAll = (values: Json[], scope: Scope | undefined) => values.map((value) => force(translateValue(value, scope)));

const TAGS: Record<string, TagHandler> = {
  $mkIf: ([condition, content], scope) => mkIf(() => force(translateValue(condition, scope)) as boolean, translateValue(content, scope)),
  $mkMerge: (contents: Json[], scope) => mkMerge(contents.map((content) => translateValue(content, scope))),
  $mkOverride: ([priority, content], scope) => mkOverride(priority, translateValue(content, scope)),
  $mkDefault: (content, scope) => mkDefault(translateValue(content, scope)),
  $mkForce: (content, scope) => mkForce(translateValue(content, scope)),
  $mkOptionDefault: (content, scope) => mkOptionDefault(translateValue(content, scope)),
  $mkOrder: ([priority, content], scope) => mkOrder(priority, translateValue(content, scope)),
  $mkBefore: (content, scope) => mkBefore(translateValue(content, scope)),
  $mkAfter: (content, scope) => mkAfter(translateValue(content, scope)),
  $ref: (path: string, scope) => () => getAttributePath(scope?.config, splitPath(path)),
  $outerRef: (path: string, scope) => () => getAttributePath(scope?.outer?.config, splitPath(path)),
  $name: (_flag, scope) => () => scope?.name,
  $concat: (operands: Json[], scope) => () => forceAll(operands, scope).join(''),
  $add: (operands: Json[], scope) => () => forceAll(operands, scope).reduce<number>((sum, operand) => sum + (operand as number), 0),
  $not: (operand, scope) => () => !force(translateValue(operand, scope)),
  $eq: ([left, right], scope) => () => isEqual(translateValue(left, scope), translateValue(right, scope)),
  $and: (operands: Json[], scope) => () => operands.every((operand) => force(translateValue(operand, scope)) === true),
  $or: (operands: Json[], scope) => () => operands.some((operand) => force(translateValue(operand, scope)) === true),
  $throw: (message: string) => () => {
    throw new ConformanceThrow(`conformance-throw: ${message}`);
  },
  $module: (module: JsonModule, scope) => translateModule(module, scope),
};

/** A value V of the format: literals as they are, tags as properties and thunks. */
export function translateValue(value: Json, scope: Scope | undefined): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((element) => translateValue(element, scope));
  const tag = tagOf(value);
  if (tag !== undefined) {
    const handler = TAGS[tag];
    if (handler === undefined) throw new Error(`unknown tag ${tag}`);
    return handler(value[tag], scope);
  }
  const attributes: Record<string, unknown> = {};
  for (const name of Object.keys(value)) attributes[name] = translateValue(value[name]!, scope);
  return attributes;
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

/** A type T of the format. */
export function translateType(type: Json, scope: Scope | undefined): OptionType<any> {
  if (typeof type === 'string') {
    const named = NAMED_TYPES[type];
    if (named === undefined) throw new Error(`unknown type ${type}`);
    return named;
  }
  const spec = type as { [name: string]: any };
  const inner = (json: Json) => translateType(json, scope);
  if ('submodule' in spec) {
    const modules = (Array.isArray(spec.submodule) ? spec.submodule : [spec.submodule]).map((module: JsonModule) => translateModule(module, scope));
    return spec.class === undefined
      ? types.submodule(modules)
      : types.submoduleWith({ modules, class: spec.class, shorthandOnlyDefinesConfig: true });
  }
  if ('listOf' in spec) return types.listOf(inner(spec.listOf));
  if ('attrsOf' in spec) return types.attrsOf(inner(spec.attrsOf));
  if ('lazyAttrsOf' in spec) return types.lazyAttrsOf(inner(spec.lazyAttrsOf));
  if ('nullOr' in spec) return types.nullOr(inner(spec.nullOr));
  if ('uniq' in spec) return types.uniq(inner(spec.uniq));
  if ('unique' in spec) return types.unique({ message: spec.unique.message }, inner(spec.unique.type));
  if ('either' in spec) return types.either(inner(spec.either[0]), inner(spec.either[1]));
  if ('oneOf' in spec) return types.oneOf(spec.oneOf.map(inner));
  if ('enum' in spec) return types.enum(spec.enum.map((member: Json) => force(translateValue(member, scope))));
  if ('separatedString' in spec) return types.separatedString(spec.separatedString);
  if ('strMatching' in spec) return types.strMatching(spec.strMatching);
  if ('ints.between' in spec) return types.ints.between(spec['ints.between'][0], spec['ints.between'][1]);
  throw new Error(`unknown type ${JSON.stringify(type)}`);
}

function translateOptions(tree: { [name: string]: Json }, scope: Scope): Record<string, unknown> {
  if ('$option' in tree) {
    const option = tree.$option as { [name: string]: Json };
    return mkOption({
      ...(option.type === undefined ? {} : { type: translateType(option.type, scope) }),
      ...('default' in option ? { default: translateValue(option.default!, scope) } : {}),
      ...(option.readOnly === undefined ? {} : { readOnly: option.readOnly as boolean }),
      ...(option.apply === undefined ? {} : { apply: applyFunctions[option.apply as string] }),
    }) as unknown as Record<string, unknown>;
  }
  const options: Record<string, unknown> = {};
  for (const name of Object.keys(tree)) options[name] = translateOptions(tree[name] as { [name: string]: Json }, scope);
  return options;
}

/** A Module object: a function of `{ config, name }`, like the Nix rendering of the format. */
export function translateModule(json: JsonModule, outer: Scope | undefined): ModuleFunction {
  return (args: ModuleArguments) => {
    const scope: Scope = { config: args.config, name: args.name, outer };
    const module: Record<string, unknown> = { config: json.config === undefined ? {} : translateValue(json.config, scope) };
    if (json.file !== undefined) module._file = json.file;
    if (json.key !== undefined) module.key = json.key;
    if (json.class !== undefined) module._class = json.class;
    if (json.options !== undefined) module.options = translateOptions(json.options as { [name: string]: Json }, scope);
    if (json.freeformType !== undefined) module.freeformType = translateType(json.freeformType, scope);
    if (json.disabledModules !== undefined) module.disabledModules = json.disabledModules;
    if (json.imports !== undefined) {
      module.imports = (json.imports as Json[]).map((item): ModuleInput => {
        const isTag = item !== null && typeof item === 'object' && !Array.isArray(item) && tagOf(item) !== undefined;
        return isTag ? () => force(translateValue(item, scope)) as ModuleInput : translateModule(item as JsonModule, scope);
      });
    }
    return module;
  };
}

export function translateCase(conformanceCase: ConformanceCase): { modules: ModuleFunction[]; class: string | undefined } {
  return { modules: conformanceCase.modules.map((module) => translateModule(module, undefined)), class: conformanceCase.class };
}
