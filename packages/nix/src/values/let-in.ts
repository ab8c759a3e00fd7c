import { CallSite } from '../errors/call-site.js';
import type { Lowerer } from '../lower/lowerer.js';
import type { Expression } from '../syntax/expression.js';
import { nixValuesEqual } from './equality.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import type { NixAttributes, NixValue } from './nix-value.js';
import { nodeBrand } from './node-brand.js';

const letBrand = nodeBrand('NixLet');

/**
 * `let name = value; in body`. A binding whose value is `ref(name)` is written `inherit name;`,
 * which reads the outer `name` (a `name = name;` binding would refer to itself).
 */
export class NixLet implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly bindings: NixAttributes;
  readonly body: NixValue;
  readonly #site: CallSite;

  constructor(bindings: NixAttributes, body: NixValue, site: CallSite) {
    this.bindings = bindings;
    this.body = body;
    this.#site = site;
    letBrand.mark(this);
  }

  static isLet(value: unknown): value is NixLet {
    return letBrand.has(value);
  }

  equals(other: unknown): boolean {
    return (
      NixLet.isLet(other) &&
      nixValuesEqual(this.bindings, other.bindings) &&
      nixValuesEqual(this.body, other.body)
    );
  }

  [lowerNode](lowerer: Lowerer): Expression {
    return lowerer.within(this.#site, () => ({
      kind: 'let',
      bindings: lowerer.bindings(this.bindings),
      body: lowerer.value(this.body),
    }));
  }
}

/** `letIn({ user: 'alice' }, nix`/home/${ref('user')}`)`. */
export function letIn(bindings: NixAttributes, body: NixValue): NixLet {
  return new NixLet(bindings, body, new CallSite());
}
