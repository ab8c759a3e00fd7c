import { CallSite } from '../errors/call-site.js';
import { constructionError } from '../errors/construction-error.js';
import { InvalidPathError, LoneSurrogateError, NulCharacterError } from '../errors/emit-errors.js';
import { messages } from '../errors/messages.js';
import type { Lowerer } from '../lower/lowerer.js';
import type { Expression } from '../syntax/expression.js';
import { spellPath } from '../syntax/path-literal.js';
import { findTextProblem } from '../syntax/text-validity.js';
import { interpolable } from './interpolable.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import { nodeBrand } from './node-brand.js';

const pathBrand = nodeBrand('NixPath');

/**
 * A Nix path. Relative paths resolve against the directory of the emitted file (in a flake,
 * inside its store copy, so the file must be tracked by git), not the CDK app's directory.
 */
export class NixPath implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly [interpolable] = true as const;
  readonly text: string;
  readonly #spelled: Expression;

  constructor(text: string, spelled: Expression) {
    this.text = text;
    this.#spelled = spelled;
    pathBrand.mark(this);
  }

  static isPath(value: unknown): value is NixPath {
    return pathBrand.has(value);
  }

  equals(other: unknown): boolean {
    return NixPath.isPath(other) && other.text === this.text;
  }

  [lowerNode](_lowerer: Lowerer): Expression {
    return this.#spelled;
  }
}

/** `path('./motd.txt')`, `path('/etc/hosts')`, `path('./my file')` (written `./. + "/my file"`). */
export function path(text: string): NixPath {
  const site = new CallSite();
  const call = `path(${JSON.stringify(text)})`;
  const textProblem = findTextProblem(text);
  if (textProblem === 'nul-character')
    throw constructionError(NulCharacterError, messages.nulCharacter('the path'), call, site);
  if (textProblem === 'lone-surrogate')
    throw constructionError(LoneSurrogateError, messages.loneSurrogate('the path'), call, site);
  const spelling = spellPath(text);
  if (!spelling.ok)
    throw constructionError(
      InvalidPathError,
      messages.invalidPath(text, spelling.reason),
      call,
      site,
    );
  return new NixPath(text, {
    kind: 'literal',
    text: spelling.text,
    needsParentheses: spelling.needsParentheses,
  });
}
