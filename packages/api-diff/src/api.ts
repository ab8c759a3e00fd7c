/**
 * The API of an aspect package as data: what a fleet that installs it may write (option
 * values, props, service settings) and rely on (defaults, classes, roles). Written as
 * canonical JSON to `api.json` beside the package.json, and shipped in the published package.
 */
export interface PackageApi {
  readonly package: string;
  readonly version: string;
  readonly aspects: Readonly<Record<string, AspectApi>>;
  readonly services: Readonly<Record<string, ServiceApi>>;
}

export interface AspectApi {
  readonly description: string | null;
  /** The classes the aspect has parts for: a host of another class cannot use it. */
  readonly classes: readonly string[];
  /** The aspect's own options under `aspects.<name>`, by dotted path (`servers.<name>.port`). */
  readonly options: Readonly<Record<string, OptionApi>>;
  /** The props schema (`aspect.with(props)`) as JSON Schema of its input; null without props. */
  readonly props: JsonSchema | null;
}

export interface OptionApi {
  readonly type: TypeShape;
  /** The default as JSON (see `toApiValue`); absent when the option has none. */
  readonly default?: ApiValue;
  readonly description: string | null;
  readonly readOnly: boolean;
}

/**
 * An option type as data: its family name, its parameters (`members` of an enum, `lowest` and
 * `highest` of bounded integers, `pattern`, `separator`) and its element types. `either` and
 * `oneOf` are flattened into `types`. Submodule options are listed as options of their own.
 */
export interface TypeShape {
  readonly name: string;
  readonly elementType?: TypeShape;
  readonly types?: readonly TypeShape[];
  readonly [parameter: string]: unknown;
}

export interface ServiceApi {
  /** Instance settings (`service.instance(name, settings)`) as JSON Schema; null without. */
  readonly settings: JsonSchema | null;
  readonly roles: Readonly<Record<string, RoleApi>>;
}

export interface RoleApi {
  readonly description: string | null;
  readonly classes: readonly string[];
  readonly min: number;
  /** null: unlimited. */
  readonly max: number | null;
  readonly settings: JsonSchema | null;
}

/** Plain JSON; Nix-only values are tagged (`{ "$ref": "pkgs.git" }`, `{ "$nix": "..." }`). */
export type ApiValue = null | boolean | number | string | ApiValue[] | { [name: string]: ApiValue };

export type JsonSchema = { readonly [keyword: string]: unknown };

/** The API of a package that has never been released: every option of the working tree is new. */
export function emptyApi(name: string): PackageApi {
  return { package: name, version: '0.0.0', aspects: {}, services: {} };
}
