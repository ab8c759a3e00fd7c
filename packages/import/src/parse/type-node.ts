/**
 * An option type recovered from its human description (`lib.types.*.description`).
 * The union mirrors `lib.types`: each kind is one family of Nix types. Where a description
 * cannot say everything (a `coercedTo` function, a check added with `addCheck`), the node
 * keeps what it can and the precision report says what was lost.
 */
export type TypeNode =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'integer'; readonly range: IntegerRange }
  | { readonly kind: 'float' }
  | { readonly kind: 'number'; readonly range: NumberRange }
  | { readonly kind: 'string'; readonly flavour: 'any' | 'nonEmpty' | 'singleLine' }
  | { readonly kind: 'separatedString'; readonly separator: string }
  | { readonly kind: 'stringMatching'; readonly pattern: string }
  | { readonly kind: 'enum'; readonly values: readonly EnumValue[] }
  | { readonly kind: 'null' }
  | { readonly kind: 'package' }
  | { readonly kind: 'path'; readonly inStore: boolean }
  | { readonly kind: 'anything'; readonly flavour: 'anything' | 'unspecified' | 'raw' }
  | { readonly kind: 'attributeSet' }
  | { readonly kind: 'formatValue'; readonly formatName: string }
  | {
      readonly kind: 'listOf';
      readonly element: TypeNode;
      readonly nonEmpty: boolean;
      readonly unique: boolean;
    }
  | { readonly kind: 'attributeSetOf'; readonly element: TypeNode; readonly lazy: boolean }
  | { readonly kind: 'union'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'coercedTo'; readonly final: TypeNode; readonly from: TypeNode }
  | { readonly kind: 'submodule'; readonly freeform: TypeNode | undefined }
  | { readonly kind: 'function'; readonly result: TypeNode }
  | { readonly kind: 'unknown'; readonly text: string };

export type TypeKind = TypeNode['kind'];
export type TypeNodeOf<K extends TypeKind> = Extract<TypeNode, { kind: K }>;

export type IntegerRange =
  | { readonly kind: 'signed' }
  | { readonly kind: 'unsigned' }
  | { readonly kind: 'positive' }
  | { readonly kind: 'between'; readonly minimum: number; readonly maximum: number };

export type NumberRange =
  | { readonly kind: 'any' }
  | { readonly kind: 'nonnegative' }
  | { readonly kind: 'positive' }
  | { readonly kind: 'between'; readonly minimum: number; readonly maximum: number };

export type EnumValue = string | number | boolean | null;
