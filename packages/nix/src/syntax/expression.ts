// The Nix syntax model: the expressions a configuration needs, and nothing more. Values are
// lowered into it (lower/), and one printer (print/) turns it into nixfmt-style text.
// Literal texts are validated and spelled when the node is built, so the printer only lays out.

/** An already-spelled literal: `null`, `true`, `42`, `(-1)`-needing `-1`, `1.5`, `./a`. */
export interface LiteralExpression {
  readonly kind: 'literal';
  readonly text: string;
  /** True for `-1` or `./. + "/a b"`: such a literal must be parenthesised in a list or argument. */
  readonly needsParentheses: boolean;
}

/** A string; its parts are literal text (data) or interpolated expressions. */
export interface StringExpression {
  readonly kind: 'string';
  readonly parts: readonly StringPart[];
}
export type StringPart = string | Expression;

export interface IdentifierExpression {
  readonly kind: 'identifier';
  readonly name: string;
}

/** `subject.a."b c"`: each segment is an attribute name (quoted by the printer when needed). */
export interface SelectExpression {
  readonly kind: 'select';
  readonly subject: Expression;
  readonly segments: readonly string[];
}

/** `function argument1 argument2` */
export interface ApplyExpression {
  readonly kind: 'apply';
  readonly function: Expression;
  readonly arguments: readonly Expression[];
}

/** `a: b: body` or `{ x, y, ... }: body` */
export interface LambdaExpression {
  readonly kind: 'lambda';
  readonly parameter: Parameter;
  readonly body: Expression;
}
export type Parameter =
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'pattern'; readonly names: readonly string[]; readonly ellipsis: boolean };

export interface SetExpression {
  readonly kind: 'set';
  readonly bindings: readonly Binding[];
}

export interface ListExpression {
  readonly kind: 'list';
  readonly elements: readonly ListElement[];
}
export interface ListElement {
  readonly comments: readonly string[];
  readonly expression: Expression;
}

/** `let bindings in body` */
export interface LetExpression {
  readonly kind: 'let';
  readonly bindings: readonly Binding[];
  readonly body: Expression;
}

/** Caller-written Nix text, printed as given (see rawNix). */
export interface RawExpression {
  readonly kind: 'raw';
  readonly text: string;
  /** Variables the text uses, for module headers. */
  readonly references: readonly string[];
}

export type Expression =
  | LiteralExpression
  | StringExpression
  | IdentifierExpression
  | SelectExpression
  | ApplyExpression
  | LambdaExpression
  | SetExpression
  | ListExpression
  | LetExpression
  | RawExpression;

/** `a.b."c" = value;` (one binding; `path` has one segment per attribute name). */
export interface AttributeBinding {
  readonly kind: 'attribute';
  readonly path: readonly string[];
  readonly value: Expression;
  readonly comments: readonly string[];
}

/** `inherit name;` (the value of `name` in the enclosing scope). */
export interface InheritBinding {
  readonly kind: 'inherit';
  readonly name: string;
  readonly comments: readonly string[];
}

export type Binding = AttributeBinding | InheritBinding;
