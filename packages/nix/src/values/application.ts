import { CallSite } from '../errors/call-site.js';
import type { Lowerer } from '../lower/lowerer.js';
import type { Expression } from '../syntax/expression.js';
import { nixValuesEqual } from './equality.js';
import { interpolable } from './interpolable.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import type { NixValue } from './nix-value.js';
import { nodeBrand } from './node-brand.js';

const applicationBrand = nodeBrand('NixApplication');

/** A function call: `apply(ref('nixpkgs', 'lib', 'nixosSystem'), { modules })`. */
export class NixApplication implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly [interpolable] = true as const;
  readonly function: NixValue;
  readonly arguments: readonly NixValue[];
  readonly #site: CallSite;

  constructor(functionValue: NixValue, argumentValues: readonly NixValue[], site: CallSite) {
    this.function = functionValue;
    this.arguments = argumentValues;
    this.#site = site;
    applicationBrand.mark(this);
  }

  static isApplication(value: unknown): value is NixApplication {
    return applicationBrand.has(value);
  }

  equals(other: unknown): boolean {
    return (
      NixApplication.isApplication(other) &&
      nixValuesEqual(this.function, other.function) &&
      nixValuesEqual(this.arguments, other.arguments)
    );
  }

  [lowerNode](lowerer: Lowerer): Expression {
    return lowerer.within(this.#site, () => ({
      kind: 'apply',
      function: lowerer.value(this.function),
      arguments: this.arguments.map((argument) => lowerer.value(argument)),
    }));
  }
}

/** `apply(lib.optionalString, true, 'x')` is `lib.optionalString true "x"`. */
export function apply(functionValue: NixValue, ...argumentValues: NixValue[]): NixApplication {
  return new NixApplication(functionValue, argumentValues, new CallSite());
}
