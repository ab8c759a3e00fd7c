/**
 * One option as the importer sees it, whichever file format it came from.
 * `path` keeps the placeholders of the source data: `<name>` (or any `<...>`) marks an
 * element of an `attribute set of (submodule)`, `*` an element of a `list of (submodule)`.
 */
export interface OptionRecord {
  readonly path: readonly string[];
  /** The human type description, `lib.types.*.description` (`null or (list of string)`). */
  readonly typeDescription: string;
  /** Markdown, as written by the module author. */
  readonly description: string;
  readonly default: DocumentedValue | undefined;
  readonly example: DocumentedValue | undefined;
  readonly readOnly: boolean;
  /** Where the option is declared (`<home-manager/modules/programs/git.nix>`), sorted. */
  readonly declarations: readonly string[];
}

/**
 * A default or example as documented. `expression` is Nix source (`literalExpression`),
 * `markdown` is prose (`literalMD`), `text` is the search-index format's flattened string,
 * which may be either.
 */
export interface DocumentedValue {
  readonly kind: 'expression' | 'markdown' | 'text';
  readonly text: string;
}

/** Which file the options came from, recorded in every generated package. */
export interface OptionsSource {
  readonly fileName: string;
  readonly format: 'options.json' | 'search-index';
  readonly sha256: string;
  /** The search index's `last_update`; raw `options.json` files carry no date. */
  readonly lastUpdate: string | undefined;
  readonly optionCount: number;
}

export interface OptionsDocument {
  readonly source: OptionsSource;
  readonly options: readonly OptionRecord[];
}
