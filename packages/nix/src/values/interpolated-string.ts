import { CallSite } from '../errors/call-site.js';
import { constructionError } from '../errors/construction-error.js';
import { InvalidInterpolationError } from '../errors/emit-errors.js';
import { messages } from '../errors/messages.js';
import type { Lowerer } from '../lower/lowerer.js';
import type { Expression, StringPart } from '../syntax/expression.js';
import { nixValuesEqual } from './equality.js';
import { interpolable } from './interpolable.js';
import { isNixNode, lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import { nodeBrand } from './node-brand.js';

const interpolatedStringBrand = nodeBrand('NixInterpolatedString');

/** A part of an interpolated string: literal text (always data) or an interpolated node. */
export type InterpolationPart = string | NixNode;

/**
 * A Nix string with holes: nix`${pkgs.git}/bin/git` is `"${pkgs.git}/bin/git"`. The literal
 * parts are data and are escaped; only nodes become `${…}`.
 */
export class NixInterpolatedString implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly [interpolable] = true as const;
  /** Literal texts and nodes, adjacent texts merged, empty texts dropped. */
  readonly parts: readonly InterpolationPart[];
  readonly #site: CallSite;

  constructor(parts: readonly InterpolationPart[], site: CallSite) {
    this.parts = parts;
    this.#site = site;
    interpolatedStringBrand.mark(this);
  }

  static isInterpolatedString(value: unknown): value is NixInterpolatedString {
    return interpolatedStringBrand.has(value);
  }

  equals(other: unknown): boolean {
    if (
      !NixInterpolatedString.isInterpolatedString(other) ||
      other.parts.length !== this.parts.length
    )
      return false;
    return this.parts.every((part, index) => nixValuesEqual(part, other.parts[index]));
  }

  [lowerNode](lowerer: Lowerer): Expression {
    return lowerer.within(this.#site, () => {
      const parts: StringPart[] = this.parts.map((part) =>
        typeof part === 'string' ? lowerer.text(part, 'the string') : lowerer.value(part),
      );
      return { kind: 'string', parts };
    });
  }
}

/**
 * The tagged template for Nix strings that interpolate references:
 * nix`${pkgs.git}/bin/git`. Strings and numbers in holes are inserted as literal text.
 */
export function nix(
  literals: TemplateStringsArray,
  ...holes: readonly unknown[]
): NixInterpolatedString {
  const site = new CallSite();
  const parts: InterpolationPart[] = [];
  const append = (part: InterpolationPart) => {
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  literals.forEach((literal, index) => {
    append(literal);
    if (index < holes.length) for (const part of holeParts(holes[index], index, site)) append(part);
  });
  return new NixInterpolatedString(parts, site);
}

function holeParts(hole: unknown, index: number, site: CallSite): readonly InterpolationPart[] {
  if (typeof hole === 'string') return [hole];
  if (typeof hole === 'number' && Number.isFinite(hole)) return [String(hole)];
  if (typeof hole === 'bigint') return [hole.toString()];
  if (NixInterpolatedString.isInterpolatedString(hole)) return hole.parts;
  if (isNixNode(hole) && (hole as unknown as Record<symbol, unknown>)[interpolable] === true)
    return [hole];
  const description = isNixNode(hole)
    ? `the ${hole.constructor.name} in hole ${index}`
    : `${describe(hole)} in hole ${index}`;
  throw constructionError(
    InvalidInterpolationError,
    messages.invalidInterpolation(description),
    'nix`...`',
    site,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`;
}
