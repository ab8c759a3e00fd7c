/**
 * Renders a conformance case (../shared/conformance/FORMAT.md) as the Nix expression its
 * "Reference rendering" describes: each Module object a function `{ config, name, ... }` at its
 * lexical depth, tags as the `lib` calls the format names. Real Nix evaluating this expression
 * is the oracle the differential check (`pnpm conformance:differential`) compares us with.
 */
import { toNix } from '@cdknix/nix';
import type { ConformanceCase } from '../src/testing/index.js';

type Json = null | boolean | number | string | Json[] | { [name: string]: Json };
type JsonObject = { [name: string]: Json };

/** The Nix functions `apply` names (FORMAT.md, "Options tree"). */
const APPLY_FUNCTIONS: Record<string, string> = {
  sort: '(builtins.sort builtins.lessThan)',
  reverse: 'lib.reverseList',
  length: 'builtins.length',
  'attr-names': 'builtins.attrNames',
  'count-attrs': '(x: builtins.length (builtins.attrNames x))',
  double: '(x: x * 2)',
  negate: '(x: !x)',
  upper: 'lib.toUpper',
  'join-comma': '(lib.concatStringsSep ",")',
  dedup: 'lib.unique',
  'to-string': 'builtins.toString',
  wrap: '(x: { value = x; })',
  'null-to-empty': '(x: if x == null then "" else x)',
};

/**
 * A literal (string, number, boolean, null) as the emitter spells it; a negative number in
 * parentheses, since `f -1` would be a subtraction.
 */
function literal(value: string | number | boolean | null): string {
  const text = toNix(value);
  return text.startsWith('-') ? `(${text})` : text;
}

/** An attribute path below `base`, each name quoted (`c0."a"."b"`). */
function selectPath(base: string, path: string): string {
  if (path === '') return base;
  return `${base}.${path.split('.').map(literal).join('.')}`;
}

function attributeSet(entries: readonly (readonly [string, string])[]): string {
  if (entries.length === 0) return '{ }';
  return `{ ${entries.map(([name, value]) => `${literal(name)} = ${value};`).join(' ')} }`;
}

function list(elements: readonly string[]): string {
  return elements.length === 0 ? '[ ]' : `[ ${elements.join(' ')} ]`;
}

function tagOf(value: JsonObject): string | undefined {
  const [first] = Object.keys(value);
  return first?.startsWith('$') ? first : undefined;
}

/** Renders values, types and modules found inside a Module object at lexical `depth`. */
class Renderer {
  constructor(private readonly depth: number) {}

  private get deeper(): Renderer {
    return new Renderer(this.depth + 1);
  }

  value(value: Json): string {
    if (value === null || typeof value !== 'object') return literal(value);
    if (Array.isArray(value)) return list(value.map((element) => this.value(element)));
    const tag = tagOf(value);
    if (tag === undefined)
      return attributeSet(Object.keys(value).map((name) => [name, this.value(value[name]!)]));
    return this.tag(tag, value[tag]!);
  }

  private operands(operands: Json): string[] {
    return (operands as Json[]).map((operand) => this.value(operand));
  }

  private tag(tag: string, argument: Json): string {
    const [first, second] = Array.isArray(argument) ? argument : [];
    switch (tag) {
      case '$mkIf':
        return `(lib.mkIf ${this.value(first!)} ${this.value(second!)})`;
      case '$mkMerge':
        return `(lib.mkMerge ${list(this.operands(argument))})`;
      case '$mkOverride':
        return `(lib.mkOverride ${first} ${this.value(second!)})`;
      case '$mkOrder':
        return `(lib.mkOrder ${first} ${this.value(second!)})`;
      case '$mkDefault':
      case '$mkForce':
      case '$mkOptionDefault':
      case '$mkBefore':
      case '$mkAfter':
        return `(lib.${tag.slice(1)} ${this.value(argument)})`;
      case '$ref':
        return selectPath(`c${this.depth}`, argument as string);
      case '$outerRef':
        return selectPath(`c${this.depth - 1}`, argument as string);
      case '$name':
        return `n${this.depth}`;
      case '$concat':
        return `(${['""', ...this.operands(argument)].join(' + ')})`;
      case '$add':
        return `(${['0', ...this.operands(argument)].join(' + ')})`;
      case '$not':
        return `(!${this.value(argument)})`;
      case '$eq':
        return `(${this.value(first!)} == ${this.value(second!)})`;
      case '$and':
        return `(${['true', ...this.operands(argument)].join(' && ')})`;
      case '$or':
        return `(${['false', ...this.operands(argument)].join(' || ')})`;
      case '$throw':
        return `(throw ${literal(`conformance-throw: ${argument as string}`)})`;
      case '$module':
        return this.deeper.module(argument as JsonObject);
      default:
        throw new Error(`unknown tag ${tag}`);
    }
  }

  type(type: Json): string {
    if (typeof type === 'string') return `lib.types.${type}`;
    const spec = type as JsonObject;
    if ('submodule' in spec) {
      const modules = (Array.isArray(spec.submodule) ? spec.submodule : [spec.submodule]).map(
        (module) => this.deeper.module(module as JsonObject),
      );
      if (spec.class === undefined) return `(lib.types.submodule ${list(modules)})`;
      return `(lib.types.submoduleWith { shorthandOnlyDefinesConfig = true; class = ${literal(spec.class as string)}; modules = ${list(modules)}; })`;
    }
    const [name] = Object.keys(spec) as [string];
    const argument = spec[name]!;
    switch (name) {
      case 'listOf':
      case 'attrsOf':
      case 'lazyAttrsOf':
      case 'nullOr':
      case 'uniq':
        return `(lib.types.${name} ${this.type(argument)})`;
      case 'unique': {
        const { message, type: inner } = argument as JsonObject;
        return `(lib.types.unique { message = ${literal(message as string)}; } ${this.type(inner!)})`;
      }
      case 'either': {
        const [left, right] = argument as [Json, Json];
        return `(lib.types.either ${this.type(left)} ${this.type(right)})`;
      }
      case 'oneOf':
        return `(lib.types.oneOf ${list((argument as Json[]).map((member) => this.type(member)))})`;
      case 'enum':
        return `(lib.types.enum ${list(this.operands(argument))})`;
      case 'separatedString':
        return `(lib.types.separatedString ${literal(argument as string)})`;
      case 'strMatching':
        return `(lib.types.strMatching ${literal(argument as string)})`;
      case 'ints.between': {
        const [low, high] = argument as [number, number];
        return `(lib.types.ints.between ${literal(low)} ${literal(high)})`;
      }
      default:
        throw new Error(`unknown type ${JSON.stringify(type)}`);
    }
  }

  options(tree: JsonObject): string {
    if ('$option' in tree) {
      const option = tree.$option as JsonObject;
      const fields: [string, string][] = [];
      if (option.type !== undefined) fields.push(['type', this.type(option.type)]);
      if ('default' in option) fields.push(['default', this.value(option.default!)]);
      if (option.readOnly !== undefined)
        fields.push(['readOnly', literal(option.readOnly as boolean)]);
      if (option.apply !== undefined) {
        const apply = APPLY_FUNCTIONS[option.apply as string];
        if (apply === undefined) throw new Error(`unknown apply function ${option.apply}`);
        fields.push(['apply', apply]);
      }
      return `(lib.mkOption ${attributeSet(fields)})`;
    }
    return attributeSet(
      Object.keys(tree).map((name) => [name, this.options(tree[name] as JsonObject)]),
    );
  }

  /** A Module object at this renderer's depth. */
  module(module: JsonObject): string {
    const fields: [string, string][] = [];
    if (module.file !== undefined) fields.push(['_file', literal(module.file as string)]);
    if (module.key !== undefined) fields.push(['key', literal(module.key as string)]);
    if (module.class !== undefined) fields.push(['_class', literal(module.class as string)]);
    if (module.imports !== undefined) {
      const imports = (module.imports as Json[]).map((item) =>
        item !== null &&
        typeof item === 'object' &&
        !Array.isArray(item) &&
        tagOf(item) === undefined
          ? this.deeper.module(item)
          : this.value(item),
      );
      fields.push(['imports', list(imports)]);
    }
    if (module.disabledModules !== undefined) {
      const keys = (module.disabledModules as string[]).map((key) => `{ key = ${literal(key)}; }`);
      fields.push(['disabledModules', list(keys)]);
    }
    if (module.freeformType !== undefined)
      fields.push(['freeformType', this.type(module.freeformType)]);
    if (module.options !== undefined)
      fields.push(['options', this.options(module.options as JsonObject)]);
    if (module.config !== undefined) fields.push(['config', this.value(module.config)]);
    const d = this.depth;
    return `({ config, name, ... }: let c${d} = config; n${d} = name; in ${attributeSet(fields)})`;
  }
}

/**
 * The Nix expression of one query of a case: `(lib.evalModules { ... }).config.<path>`,
 * with `lib` imported from `libPath` (a nixpkgs `lib` directory).
 */
export function renderQuery(
  conformanceCase: ConformanceCase,
  path: string,
  libPath: string,
): string {
  const top = new Renderer(0);
  const modules = list(conformanceCase.modules.map((module) => top.module(module as JsonObject)));
  const classField =
    conformanceCase.class === undefined ? '' : ` class = ${literal(conformanceCase.class)};`;
  const config = `(lib.evalModules {${classField} modules = ${modules}; }).config`;
  const selected =
    path === '' ? `builtins.removeAttrs ${config} [ "_module" ]` : selectPath(config, path);
  return `let lib = import ${libPath}; in ${selected}`;
}
