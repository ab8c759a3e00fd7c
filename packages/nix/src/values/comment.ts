import type { Lowerer } from '../lower/lowerer.js';
import type { Expression } from '../syntax/expression.js';
import { nixValuesEqual } from './equality.js';
import { lowerNode, type NixNode, nixNodeBrand } from './nix-node.js';
import type { NixValue } from './nix-value.js';
import { nodeBrand } from './node-brand.js';

const commentedBrand = nodeBrand('NixCommented');

/**
 * A value with a comment printed above the binding (or list element) that holds it, such as a
 * provenance note `# aspects/ai: src/claude-code.ts:12`. A comment never changes the value, so
 * `equals` ignores it. A commented set is never merged into a dotted path.
 */
export class NixCommented implements NixNode {
  readonly [nixNodeBrand] = true as const;
  readonly value: NixValue;
  readonly comment: string;

  constructor(value: NixValue, comment: string) {
    this.value = value;
    this.comment = comment;
    commentedBrand.mark(this);
  }

  static isCommented(value: unknown): value is NixCommented {
    return commentedBrand.has(value);
  }

  equals(other: unknown): boolean {
    return nixValuesEqual(this.value, NixCommented.isCommented(other) ? other.value : other);
  }

  [lowerNode](lowerer: Lowerer): Expression {
    lowerer.comment(lowerer.text(this.comment, 'the comment'));
    return lowerer.value(this.value);
  }
}

/** `withComment(true, 'aspects/ai: src/claude-code.ts:12')` prints `# aspects/ai: …` above the binding. */
export function withComment(value: NixValue, comment: string): NixCommented {
  return new NixCommented(value, comment);
}
