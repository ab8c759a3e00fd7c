/**
 * Random conformance cases (../shared/conformance/FORMAT.md) for the differential check:
 * a few modules declaring options of random types, defining them with random properties
 * (priorities, order, `mkIf` on other options, `mkMerge`; also inside list elements), with
 * defaults, `apply`, `readOnly`, submodules (classes, `$module` definitions), a
 * `deferredModule` the submodules import, imports, and `throw` values that only an evaluation
 * forcing them raises. Mostly valid, sometimes not, so errors are compared too.
 */
import fc from 'fast-check';
import type { ConformanceCase } from '../src/testing/index.js';

type Json = null | boolean | number | string | Json[] | { [name: string]: Json };
type JsonObject = { [name: string]: Json };

/** What a definition may read: `$ref` paths of options in its module's scope, by type. */
interface Scope {
  readonly booleans: readonly string[];
  readonly ints: readonly string[];
  readonly strings: readonly string[];
  /** The enclosing module's boolean options (`$outerRef`), inside a submodule. */
  readonly outerBooleans: readonly string[];
}

const NOTHING_IN_SCOPE: Scope = { booleans: [], ints: [], strings: [], outerBooleans: [] };

/** A type of the format, the values it accepts, and `apply` functions that fit them. */
interface TypeSpec {
  readonly json: Json;
  /** Values for a definition, mostly of the type; `scope` is where the definition is written. */
  value(scope: Scope): fc.Arbitrary<Json>;
  readonly applies: readonly string[];
}

const oftenValid = <T extends Json>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<Json>) =>
  fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: wrong, weight: 1 });

/** A value of `arbitrary`, or undefined (absent) about one time in `freq` (fast-check's `option`). */
const maybe = <T>(arbitrary: fc.Arbitrary<T>, freq: number) =>
  fc.option(arbitrary, { nil: undefined, freq });

/** A value of `arbitrary` about one time in `oneIn`, else undefined (absent). */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: oneIn - 1 }, { arbitrary, weight: 1 });

/** True one time in four. */
const oneInFour = fc.oneof(
  { arbitrary: fc.constant(false), weight: 3 },
  { arbitrary: fc.constant(true), weight: 1 },
);

function scalar(json: Json, valid: fc.Arbitrary<Json>, wrong: Json, applies: string[]): TypeSpec {
  const values = oftenValid(valid, fc.constant(wrong));
  return { json, value: () => values, applies };
}

/** A scalar whose values may also be computed from other options of its kind (the fixpoint). */
function computed(
  spec: TypeSpec,
  references: (scope: Scope) => readonly string[],
  compute: (reference: Json) => Json,
): TypeSpec {
  return {
    ...spec,
    value: (scope) => {
      const paths = references(scope);
      if (paths.length === 0) return spec.value(scope);
      const reference = fc.constantFrom(...paths).map((path) => compute({ $ref: path }));
      return fc.oneof(
        { arbitrary: spec.value(scope), weight: 3 },
        { arbitrary: reference, weight: 1 },
      );
    },
  };
}

const smallInt = fc.integer({ min: -2, max: 3 });
const word = fc.constantFrom('x', 'y', 'z');

const SCALARS: readonly TypeSpec[] = [
  computed(
    scalar('int', smallInt, 'x', ['double', 'to-string', 'wrap']),
    (scope) => scope.ints,
    (reference) => ({ $add: [reference, 1] }),
  ),
  computed(
    scalar('str', word, 1, ['upper', 'to-string']),
    (scope) => scope.strings,
    (reference) => ({ $concat: [reference, '-'] }),
  ),
  scalar('bool', fc.boolean(), 0, ['negate']),
  scalar('lines', word, true, ['upper']),
  scalar('float', fc.constantFrom(1.5, -0.25), 1, []),
  scalar('number', fc.constantFrom(1, 2.5), 'x', ['double']),
  scalar('port', fc.constantFrom(0, 80, 65535), 70000, []),
  scalar('ints.positive', fc.integer({ min: 1, max: 3 }), 0, []),
  scalar('nonEmptyStr', word, '', []),
  scalar({ enum: ['x', 'y'] }, fc.constantFrom('x', 'y'), 'z', []),
  scalar({ separatedString: ',' }, word, 2, []),
  scalar({ strMatching: '[a-y]+' }, fc.constantFrom('ab', 'x'), 'z9', []),
  scalar({ 'ints.between': [0, 3] }, fc.integer({ min: 0, max: 3 }), 4, []),
  scalar('raw', fc.oneof(smallInt, word), 0, []),
];

const NAMES = ['p', 'q', 'r'] as const;

/** A value of type `anything`: nested sets and lists whose leaves may carry properties. */
function anythingValue(scope: Scope, depth: number): fc.Arbitrary<Json> {
  const leaf = fc.oneof(smallInt, word, fc.boolean(), fc.constant(null));
  if (depth === 0) return leaf;
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    { arbitrary: fc.array(anythingValue(scope, depth - 1), { maxLength: 2 }), weight: 1 },
    {
      arbitrary: attributesOf(
        (inner) => definition(anythingValue(inner, depth - 1), inner, 1),
        scope,
      ),
      weight: 2,
    },
  );
}

/** An attribute set over a few names, each value from `value`. */
function attributesOf(value: (scope: Scope) => fc.Arbitrary<Json>, scope: Scope) {
  return fc.dictionary(fc.constantFrom(...NAMES), value(scope), { maxKeys: 2 });
}

function anything(): TypeSpec {
  return { json: 'anything', value: (scope) => anythingValue(scope, 2), applies: ['wrap'] };
}

/**
 * A small submodule: its own options, a condition on its own `flag`, and `$name`. A shorthand
 * definition is written in the enclosing module, so it reads that module's options; a
 * `$module` definition is a module of the submodule, reading its own and (`$outerRef`) the
 * enclosing ones, and sometimes declaring a class. The type itself may have a class, and in a
 * case with a `deferredModule` option it imports that option (the dendritic pattern).
 */
function submodule(shape: {
  class?: string;
  importsDeferred: boolean;
  freeform: boolean;
}): TypeSpec {
  const module: JsonObject = {
    options: {
      flag: { $option: { type: 'bool', default: false } },
      count: { $option: { type: 'int', default: 0 } },
      items: { $option: { type: { listOf: 'str' }, default: [] } },
      label: { $option: { type: 'str', default: { $concat: ['n-', { $name: true }] } } },
      inner: { $option: { type: { attrsOf: { submodule: INNER } }, default: {} } },
    },
    config: {
      items: { $mkIf: [{ $ref: 'flag' }, ['from-flag']] },
      count: { $mkIf: [{ $eq: [{ $name: true }, 'p'] }, { $mkDefault: 7 }] },
    },
  };
  if (shape.importsDeferred) module.imports = [{ $outerRef: DEFERRED }];
  // Its `unknown` definitions are then freeform attributes, not unknown options.
  if (shape.freeform) module.freeformType = { attrsOf: 'int' };
  const json: JsonObject = { submodule: module };
  if (shape.class !== undefined) json.class = shape.class;
  return {
    json,
    value: (scope) => submoduleDefinition(scope),
    applies: ['attr-names'],
  };
}

/**
 * A submodule nested in the small one (`inner.<name>`): its defaults read the enclosing
 * instance (`$outerRef`) and its own name, two scopes down from the case's modules.
 */
const INNER: JsonObject = {
  options: {
    on: { $option: { type: 'bool', default: { $outerRef: 'flag' } } },
    tag: { $option: { type: 'str', default: { $concat: [{ $name: true }, '@'] } } },
  },
};

/** A definition of the small submodule's fields, written in a module whose scope is `scope`. */
function submoduleFields(scope: Scope, unknown: boolean): fc.Arbitrary<Json> {
  const inner = fc.record({ on: definition(fc.boolean(), scope, 1) }, { requiredKeys: [] });
  return fc.record(
    {
      flag: definition(fc.boolean(), scope, 1),
      count: definition(smallInt, scope, 1),
      items: definition(fc.array(word, { maxLength: 2 }), scope, 1),
      inner: definition(
        fc.dictionary(fc.constantFrom(...NAMES), inner as fc.Arbitrary<Json>, { maxKeys: 2 }),
        scope,
        1,
      ),
      ...(unknown ? { unknown: fc.constant(1) } : {}),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Json>;
}

/** A shorthand definition of the small submodule, or a `$module` (maybe with a class). */
function submoduleDefinition(scope: Scope): fc.Arbitrary<Json> {
  const inside: Scope = {
    ...NOTHING_IN_SCOPE,
    booleans: ['flag'],
    ints: ['count'],
    outerBooleans: scope.booleans,
  };
  // A definition module may also declare an option of the instance (`own`); two such
  // definitions of one instance declare it twice.
  const module = fc
    .tuple(
      submoduleFields(inside, false),
      rarely(fc.constantFrom('nixos', 'darwin'), 4),
      rarely(fc.constant({ own: { $option: { type: 'int', default: 3 } } }), 4),
      // A key (two definitions with it count once per instance) and an import of its own.
      rarely(fc.constant('dk'), 4),
      rarely(submoduleFields(inside, false), 4),
    )
    .map(([config, moduleClass, options, key, imported]): Json => {
      const definedModule: JsonObject = { config };
      if (moduleClass !== undefined) definedModule.class = moduleClass;
      if (options !== undefined) definedModule.options = options;
      if (key !== undefined) definedModule.key = key;
      if (imported !== undefined) definedModule.imports = [{ config: imported }];
      return { $module: definedModule };
    });
  return fc.oneof(
    { arbitrary: submoduleFields(scope, false), weight: 8 },
    { arbitrary: submoduleFields(scope, true), weight: 1 },
    { arbitrary: module, weight: 2 },
  );
}

/** The `deferredModule` option a case may declare, imported by every submodule of the case. */
const DEFERRED = 'dm';

/** A random type, nested up to `depth` levels. */
function typeSpec(depth: number, importsDeferred: boolean): fc.Arbitrary<TypeSpec> {
  const submodules = fc
    .record({
      class: rarely(fc.constant('nixos'), 3),
      freeform: oneInFour,
    })
    .map((shape) => submodule({ ...shape, importsDeferred }));
  const leaves = fc.oneof(
    { arbitrary: fc.constantFrom(...SCALARS), weight: 6 },
    { arbitrary: fc.constant(anything()), weight: 1 },
    { arbitrary: submodules, weight: 1 },
  );
  if (depth === 0) return leaves;
  const inner = typeSpec(depth - 1, importsDeferred);
  return fc.oneof(
    { arbitrary: leaves, weight: 4 },
    {
      arbitrary: inner.map((element) => ({
        json: { listOf: element.json },
        value: (scope: Scope) =>
          fc.array(definition(element.value(scope), scope, 1), { maxLength: 3 }),
        applies: ['length', 'reverse', 'wrap'],
      })),
      weight: 2,
    },
    ...(['attrsOf', 'lazyAttrsOf'] as const).map((name) => ({
      arbitrary: inner.map((element) => ({
        json: { [name]: element.json },
        value: (scope: Scope) =>
          attributesOf((at) => definition(element.value(at), at, 1), scope) as fc.Arbitrary<Json>,
        applies: ['attr-names', 'count-attrs'],
      })),
      weight: 1,
    })),
    {
      arbitrary: inner.map((element) => ({
        json: { nullOr: element.json },
        value: (scope: Scope) => fc.oneof(fc.constant(null), element.value(scope)),
        applies: ['null-to-empty', 'wrap'],
      })),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(inner, inner).map(([left, right]) => ({
        json: { either: [left.json, right.json] },
        value: (scope: Scope) => fc.oneof(left.value(scope), right.value(scope)),
        applies: ['wrap'],
      })),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(inner, inner).map(([left, right]) => ({
        json: { oneOf: [left.json, right.json] },
        value: (scope: Scope) => fc.oneof(left.value(scope), right.value(scope)),
        applies: ['wrap'],
      })),
      weight: 1,
    },
    {
      arbitrary: inner.map((element) => ({
        json: { unique: { message: 'one only', type: element.json } },
        value: element.value,
        applies: element.applies,
      })),
      weight: 1,
    },
    {
      arbitrary: inner.map((element) => ({
        json: { uniq: element.json },
        value: element.value,
        applies: element.applies,
      })),
      weight: 1,
    },
  );
}

function condition(scope: Scope): fc.Arbitrary<Json> {
  const references = [
    ...scope.booleans.map((path) => ({ $ref: path })),
    ...scope.outerBooleans.map((path) => ({ $outerRef: path })),
  ];
  const base =
    references.length === 0 ? fc.boolean() : fc.oneof(fc.boolean(), fc.constantFrom(...references));
  return fc.oneof(
    { arbitrary: base, weight: 8 },
    { arbitrary: base.map((operand) => ({ $not: operand })), weight: 2 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('$and', '$or'), base, base)
        .map(([operator, left, right]) => ({ [operator]: [left, right] })),
      weight: 1,
    },
    { arbitrary: fc.constant(1), weight: 1 },
  );
}

const PRIORITIES = [10, 50, 60, 100, 1000, 1500] as const;
const ORDERS = [500, 1000, 1500, 600] as const;

/** A definition of a value from `value`, under up to `depth` properties. */
function definition(value: fc.Arbitrary<Json>, scope: Scope, depth: number): fc.Arbitrary<Json> {
  if (depth === 0) return value;
  const inner = definition(value, scope, depth - 1);
  return fc.oneof(
    { arbitrary: value, weight: 10 },
    // An error that only a value Nix forces raises: whether it is raised tests laziness.
    { arbitrary: fc.constant({ $throw: 'lazy' }), weight: 1 },
    { arbitrary: inner.map((content) => ({ $mkDefault: content })), weight: 2 },
    { arbitrary: inner.map((content) => ({ $mkForce: content })), weight: 1 },
    { arbitrary: inner.map((content) => ({ $mkOptionDefault: content })), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...PRIORITIES), inner)
        .map(([n, c]) => ({ $mkOverride: [n, c] })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...ORDERS), inner)
        .map(([n, c]) => ({ $mkOrder: [n, c] })),
      weight: 1,
    },
    { arbitrary: inner.map((content) => ({ $mkBefore: content })), weight: 1 },
    { arbitrary: inner.map((content) => ({ $mkAfter: content })), weight: 1 },
    {
      arbitrary: fc.tuple(condition(scope), inner).map(([c, content]) => ({ $mkIf: [c, content] })),
      weight: 3,
    },
    {
      arbitrary: fc
        .array(inner, { minLength: 1, maxLength: 2 })
        .map((contents) => ({ $mkMerge: contents })),
      weight: 1,
    },
  );
}

/** Top-level option paths: `a`, `b`, `c`, and `g.d`, `g.h.e` below groups. */
const OPTION_PATHS = ['a', 'b', 'c', 'g.d', 'g.h.e'] as const;

interface DeclaredOption {
  readonly path: string;
  readonly type: TypeSpec;
  readonly declaration: JsonObject;
  /** Module index declaring it (and a second, for a few options). */
  readonly declaredIn: readonly number[];
  /**
   * A module declaring an option `extra` BELOW this one: for a submodule, one more module of
   * its type; for any other type, a declaration error.
   */
  readonly extendedIn: number | undefined;
}

function setAt(tree: JsonObject, path: string, value: Json): void {
  const names = path.split('.');
  let node = tree;
  for (const name of names.slice(0, -1)) {
    node[name] ??= {};
    node = node[name] as JsonObject;
  }
  node[names[names.length - 1]!] = value;
}

function declaredOption(
  path: string,
  moduleCount: number,
  importsDeferred: boolean,
): fc.Arbitrary<DeclaredOption> {
  const topScope = NOTHING_IN_SCOPE;
  const types = fc.oneof(
    { arbitrary: typeSpec(1, importsDeferred), weight: 3 },
    { arbitrary: typeSpec(2, importsDeferred), weight: 1 },
  );
  return types.chain((type) =>
    fc
      .record({
        hasDefault: fc.boolean(),
        default: definition(type.value(topScope), topScope, 1),
        apply:
          type.applies.length === 0
            ? fc.constant(undefined)
            : maybe(fc.constantFrom(...type.applies), 3),
        readOnly: maybe(fc.boolean(), 2),
        declaredIn: fc.uniqueArray(fc.nat(moduleCount - 1), { minLength: 1, maxLength: 2 }),
        extendedIn: rarely(fc.nat(moduleCount - 1), 8),
      })
      .map(({ hasDefault, default: defaultValue, apply, readOnly, declaredIn, extendedIn }) => {
        const declaration: JsonObject = { type: type.json };
        if (hasDefault) declaration.default = defaultValue;
        if (apply !== undefined) declaration.apply = apply;
        if (readOnly !== undefined && declaredIn.length === 1) declaration.readOnly = readOnly;
        return { path, type, declaration, declaredIn, extendedIn };
      }),
  );
}

/**
 * Paths a query may read: the option, and inside a submodule value one of its options (not
 * after `apply`, whose result may be no attribute set: selecting in it is an error of the
 * query, which the format has no kind for).
 */
function queriesOf(option: DeclaredOption): string[] {
  if (option.declaration.apply !== undefined) return [option.path];
  const type = option.type.json;
  const [shape] = typeof type === 'object' && type !== null ? Object.keys(type) : [];
  if (shape === 'submodule')
    return [
      option.path,
      `${option.path}.label`,
      `${option.path}.items`,
      `${option.path}.inner`,
      `${option.path}.own`,
      ...(option.extendedIn === undefined ? [] : [`${option.path}.extra`]),
    ];
  // One attribute of a set: a strict `attrsOf` reads the others to know its names (a `throw`
  // among them is raised), a lazy one does not.
  if (shape === 'attrsOf' || shape === 'lazyAttrsOf') return [option.path, `${option.path}.p`];
  return [option.path];
}

/**
 * How the modules are put together, applied to the list in place: keys (a keyed module listed
 * twice counts once), `disabledModules`, an import, a module's class, and a freeform type with
 * an undeclared definition.
 */
function moduleStructure(moduleCount: number): fc.Arbitrary<(modules: JsonObject[]) => void> {
  const index = fc.nat(moduleCount - 1);
  return fc
    .record(
      {
        keyed: fc.uniqueArray(index, { maxLength: moduleCount }),
        repeated: index,
        disabled: fc.tuple(index, index),
        imported: fc.constant(true),
        classed: fc.tuple(index, fc.constantFrom('nixos', 'darwin')),
        freeform: fc.tuple(
          fc.constantFrom<Json>(
            { attrsOf: 'int' },
            { lazyAttrsOf: 'anything' },
            { attrsOf: 'str' },
          ),
          index,
          fc.oneof(smallInt, fc.constant<Json>({ $mkDefault: 2 }), word),
        ),
      },
      { requiredKeys: [] },
    )
    .map(
      ({ keyed, repeated, disabled, imported, classed, freeform }) =>
        (modules: JsonObject[]) => {
          if (classed !== undefined) modules[classed[0]]!.class = classed[1];
          for (const at of keyed ?? []) modules[at]!.key = `k${at}`;
          if (repeated !== undefined && modules[repeated]!.key !== undefined)
            modules.push({ ...modules[repeated]! });
          if (disabled !== undefined) {
            const [by, target] = disabled;
            if (by !== target) modules[by]!.disabledModules = [`k${target}`];
          }
          if (freeform !== undefined) {
            const [type, definedIn, value] = freeform;
            modules[0]!.freeformType = type;
            const module = modules[definedIn]!;
            module.config = { $mkMerge: [module.config!, { free: value }] };
          }
          // An import: the last module comes in through the first one.
          if (imported !== undefined && modules.length > 1) {
            const last = modules.pop()!;
            modules[0]!.imports = [...((modules[0]!.imports as Json[]) ?? []), last];
          }
        },
    );
}

/**
 * A random case: its modules, and queries of the whole configuration and of one option. A
 * quarter of the cases declare a `deferredModule` option that their submodules import; as the
 * format says, it is never queried itself, so those cases query each option instead of the
 * whole configuration.
 */
export function arbitraryCase(): fc.Arbitrary<ConformanceCase> {
  return fc
    .record({
      moduleCount: fc.integer({ min: 1, max: 4 }),
      paths: fc.subarray([...OPTION_PATHS], { minLength: 1 }),
      deferred: oneInFour,
    })
    .chain(({ moduleCount, paths, deferred }) =>
      fc
        .tuple(...paths.map((path) => declaredOption(path, moduleCount, deferred)))
        .chain((options) => {
          // Options a definition may compute from: of the type, and without `apply` (whose
          // result may not be of it, which the format's `$add` and `$concat` do not expect).
          const pathsOf = (type: string) =>
            options
              .filter(
                (option) => option.type.json === type && option.declaration.apply === undefined,
              )
              .map((option) => option.path);
          const scope: Scope = {
            booleans: pathsOf('bool'),
            ints: pathsOf('int'),
            strings: pathsOf('str'),
            outerBooleans: [],
          };
          const definitions = options.map((option) => ({
            path: option.path,
            value: definition(option.type.value(scope), scope, 2),
          }));
          if (deferred)
            definitions.push({
              path: DEFERRED,
              value: definition(submoduleDefinition(scope), scope, 1),
            });
          const moduleConfig = fc
            .tuple(...definitions.map(({ value }) => maybe(value, 2)))
            .chain((values) => {
              const config: JsonObject = {};
              values.forEach((value, index) => {
                if (value !== undefined) setAt(config, definitions[index]!.path, value);
              });
              // Sometimes the whole config sits under a condition, or is split by mkMerge.
              return fc.oneof(
                { arbitrary: fc.constant(config as Json), weight: 6 },
                {
                  arbitrary: condition(scope).map((c) => ({ $mkIf: [c, config] }) as Json),
                  weight: 1,
                },
                { arbitrary: fc.constant({ $mkMerge: [config, {}] } as Json), weight: 1 },
              );
            });
          return fc
            .record({
              configs: fc.array(moduleConfig, { minLength: moduleCount, maxLength: moduleCount }),
              structure: moduleStructure(moduleCount),
              extraQuery: fc.constantFrom(...options.flatMap(queriesOf)),
              caseClass: maybe(fc.constant('nixos'), 5),
            })
            .map(({ configs, structure, extraQuery, caseClass }) => {
              const modules: JsonObject[] = configs.map((config, index) => {
                const declarations: JsonObject = {};
                if (deferred && index === 0)
                  declarations[DEFERRED] = { $option: { type: 'deferredModule' } };
                for (const option of options) {
                  if (option.declaredIn.includes(index))
                    setAt(declarations, option.path, { $option: option.declaration });
                  if (option.extendedIn === index)
                    setAt(declarations, `${option.path}.extra`, {
                      $option: { type: 'int', default: 5 },
                    });
                }
                const module: JsonObject = { file: `m${index}.nix`, config };
                if (Object.keys(declarations).length > 0) module.options = declarations;
                return module;
              });
              structure(modules);
              const queries = deferred
                ? [...new Set([...options.map((option) => option.path), extraQuery])]
                : ['', extraQuery];
              return {
                ...(caseClass === undefined ? {} : { class: caseClass }),
                name: 'differential',
                area: 'generated',
                description: 'a random case',
                modules,
                expect: queries.map((path) => ({ path })),
              };
            });
        }),
    );
}
