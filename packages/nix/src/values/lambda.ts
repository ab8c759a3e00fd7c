import { CallSite } from '../errors/call-site.js';
import { constructionError } from '../errors/construction-error.js';
import { InvalidIdentifierError } from '../errors/emit-errors.js';
import { messages } from '../errors/messages.js';
import type { Lowerer } from '../lower/lowerer.js';
import { isIdentifier } from '../syntax/attribute-name.js';
import type { Expression, Parameter } from '../syntax/expression.js';
import { nixValuesEqual } from './equality.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import type { NixValue } from './nix-value.js';
import { nodeBrand } from './node-brand.js';

const lambdaBrand = nodeBrand('NixLambda');

/** Curried identifier parameters (`final: prev: …`) or one set pattern (`{ lib, ... }: …`). */
export type LambdaParameters =
  | readonly string[]
  | { readonly names: readonly string[]; readonly ellipsis?: boolean };

/** A Nix function, for overlays and module headers: `lambda(['final', 'prev'], { … })`. */
export class NixLambda implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly parameters: LambdaParameters;
  readonly body: NixValue;
  readonly #site: CallSite;

  constructor(parameters: LambdaParameters, body: NixValue, site: CallSite) {
    this.parameters = parameters;
    this.body = body;
    this.#site = site;
    lambdaBrand.mark(this);
  }

  static isLambda(value: unknown): value is NixLambda {
    return lambdaBrand.has(value);
  }

  equals(other: unknown): boolean {
    return (
      NixLambda.isLambda(other) &&
      nixValuesEqual(this.parameters, other.parameters) &&
      nixValuesEqual(this.body, other.body)
    );
  }

  [lowerNode](lowerer: Lowerer): Expression {
    return lowerer.within(this.#site, () => {
      const body = lowerer.value(this.body);
      if (!isPattern(this.parameters)) {
        return this.parameters.reduceRight<Expression>(
          (inner, name) => ({
            kind: 'lambda',
            parameter: { kind: 'identifier', name },
            body: inner,
          }),
          body,
        );
      }
      const parameter: Parameter = {
        kind: 'pattern',
        names: this.parameters.names,
        ellipsis: this.parameters.ellipsis ?? false,
      };
      return { kind: 'lambda', parameter, body };
    });
  }
}

function isPattern(
  parameters: LambdaParameters,
): parameters is Exclude<LambdaParameters, readonly string[]> {
  return !Array.isArray(parameters);
}

/** `lambda(['final', 'prev'], body)` or `lambda({ names: ['lib'], ellipsis: true }, body)`. */
export function lambda(parameters: LambdaParameters, body: NixValue): NixLambda {
  const site = new CallSite();
  const names = isPattern(parameters) ? parameters.names : parameters;
  for (const name of names) {
    if (!isIdentifier(name))
      throw constructionError(
        InvalidIdentifierError,
        messages.invalidIdentifier(name, 'a parameter'),
        'lambda(...)',
        site,
      );
  }
  if (names.length === 0 && !isPattern(parameters)) {
    throw constructionError(
      InvalidIdentifierError,
      messages.invalidIdentifier('', 'a parameter'),
      'lambda([])',
      site,
    );
  }
  return new NixLambda(parameters, body, site);
}
