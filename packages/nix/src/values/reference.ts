import { CallSite } from '../errors/call-site.js';
import { constructionError } from '../errors/construction-error.js';
import {
  InvalidIdentifierError,
  LoneSurrogateError,
  NulCharacterError,
} from '../errors/emit-errors.js';
import { messages } from '../errors/messages.js';
import type { Lowerer } from '../lower/lowerer.js';
import { isIdentifier, spellAttributeName } from '../syntax/attribute-name.js';
import type { Expression } from '../syntax/expression.js';
import { findTextProblem } from '../syntax/text-validity.js';
import { interpolable } from './interpolable.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import { nodeBrand } from './node-brand.js';

const referenceBrand = nodeBrand('NixReference');

/**
 * A variable and an attribute path selected from it: `pkgs.git`, `pkgs."1password"`,
 * `config.services.nginx.enable`. Segments are attribute names, quoted when printed if needed.
 */
export class NixReference implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly [interpolable] = true as const;
  readonly root: string;
  readonly segments: readonly string[];

  constructor(root: string, segments: readonly string[]) {
    this.root = root;
    this.segments = segments;
    referenceBrand.mark(this);
  }

  static isReference(value: unknown): value is NixReference {
    return referenceBrand.has(value);
  }

  /** `pkgs.select('python3Packages', 'requests')`: the same as `pkgs.python3Packages.requests`. */
  select(...segments: string[]): NixReference {
    return ref(this.root, ...this.segments, ...segments);
  }

  equals(other: unknown): boolean {
    if (!NixReference.isReference(other)) return false;
    return (
      other.root === this.root &&
      other.segments.length === this.segments.length &&
      other.segments.every((segment, index) => segment === this.segments[index])
    );
  }

  /** A reference is not text: writing `${pkgs.git}` in a plain template literal is a mistake. */
  [Symbol.toPrimitive](): never {
    const spelled = [this.root, ...this.segments.map(spellAttributeName)].join('.');
    throw new TypeError(
      `${spelled} is a Nix reference, not a string. Write nix\`\${${spelled}}/...\` to interpolate it into a Nix string.`,
    );
  }

  [lowerNode](lowerer: Lowerer): Expression {
    for (const segment of this.segments) lowerer.text(segment, 'an attribute name of a reference');
    const subject: Expression = { kind: 'identifier', name: this.root };
    return this.segments.length === 0
      ? subject
      : { kind: 'select', subject, segments: this.segments };
  }
}

/** `ref('pkgs', 'python3Packages', 'requests')` is `pkgs.python3Packages.requests`. */
export function ref(root: string, ...segments: string[]): NixReference {
  const site = new CallSite();
  const call = `ref(${[root, ...segments].map((part) => JSON.stringify(part)).join(', ')})`;
  if (!isIdentifier(root))
    throw constructionError(
      InvalidIdentifierError,
      messages.invalidIdentifier(root, 'a variable'),
      call,
      site,
    );
  for (const segment of segments) {
    const problem = findTextProblem(segment);
    if (problem === 'nul-character')
      throw constructionError(
        NulCharacterError,
        messages.nulCharacter('an attribute name'),
        call,
        site,
      );
    if (problem === 'lone-surrogate')
      throw constructionError(
        LoneSurrogateError,
        messages.loneSurrogate('an attribute name'),
        call,
        site,
      );
  }
  return new NixReference(root, segments);
}

/** `select(pkgs, 'python3Packages', 'requests')`: a further selection from a reference. */
export function select(reference: NixReference, ...segments: string[]): NixReference {
  return reference.select(...segments);
}
