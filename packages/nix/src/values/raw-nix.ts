import type { Lowerer } from '../lower/lowerer.js';
import type { Expression } from '../syntax/expression.js';
import { interpolable } from './interpolable.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import { nodeBrand } from './node-brand.js';

const rawBrand = nodeBrand('NixRaw');

export interface RawNixOptions {
  /** Variables the text uses (`pkgs`, `lib`, `config`), so module headers can declare them. */
  readonly references?: readonly string[];
}

/**
 * Caller-written Nix source, printed exactly as given: the one way to make code from a string.
 * It is parenthesised wherever a bare expression could change meaning (list elements, arguments).
 * It must be one complete expression, and is never re-indented.
 */
export class NixRaw implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly [interpolable] = true as const;
  readonly text: string;
  readonly references: readonly string[];

  constructor(text: string, references: readonly string[]) {
    this.text = text;
    this.references = references;
    rawBrand.mark(this);
  }

  static isRaw(value: unknown): value is NixRaw {
    return rawBrand.has(value);
  }

  equals(other: unknown): boolean {
    return NixRaw.isRaw(other) && other.text === this.text;
  }

  [lowerNode](lowerer: Lowerer): Expression {
    return {
      kind: 'raw',
      text: lowerer.text(this.text, 'the raw Nix text'),
      references: this.references,
    };
  }
}

/** The escape hatch: `rawNix('builtins.readFile ./x')`. Plain strings are always data. */
export function rawNix(text: string, options: RawNixOptions = {}): NixRaw {
  return new NixRaw(text, options.references ?? []);
}
