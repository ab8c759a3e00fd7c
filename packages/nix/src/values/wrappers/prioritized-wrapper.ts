import type { CallSite } from '../../errors/call-site.js';
import type { Lowerer } from '../../lower/lowerer.js';
import type { Expression } from '../../syntax/expression.js';
import { nixValuesEqual } from '../equality.js';
import type { NixValue } from '../nix-value.js';
import { checkNesting, checkPriority, ModuleWrapper, wrapperLayer } from './module-wrapper.js';

type PrioritizedLayer = typeof wrapperLayer.override | typeof wrapperLayer.order;

/**
 * A wrapper with a priority number and one content: mkOverride (and mkForce, mkDefault) or
 * mkOrder (and mkBefore, mkAfter). The named forms print without the number.
 */
export abstract class PrioritizedWrapper extends ModuleWrapper {
  abstract override readonly kind: 'override' | 'order';
  readonly priority: number;
  readonly content: NixValue;
  /** `mkOverride` or `mkOrder`: the form that takes the number as its first argument. */
  readonly #numberedName: string;

  constructor(
    names: { readonly function: string; readonly numbered: string },
    layer: PrioritizedLayer,
    priority: number,
    content: NixValue,
    site: CallSite,
  ) {
    checkPriority(names.function, priority, site);
    checkNesting(names.function, layer, content, site);
    super(names.function, layer, site);
    this.priority = priority;
    this.content = content;
    this.#numberedName = names.numbered;
  }

  /** Equal when kind, priority and content are: `mkForce(x)` equals `mkOverride(50, x)`. */
  equals(other: unknown): boolean {
    if (!ModuleWrapper.isModuleWrapper(other) || other.kind !== this.kind) return false;
    const prioritized = other as PrioritizedWrapper;
    return (
      prioritized.priority === this.priority && nixValuesEqual(prioritized.content, this.content)
    );
  }

  protected lowerArguments(lowerer: Lowerer): Expression[] {
    const content = lowerer.value(this.content);
    if (this.functionName !== this.#numberedName) return [content];
    return [
      { kind: 'literal', text: String(this.priority), needsParentheses: this.priority < 0 },
      content,
    ];
  }
}

export { wrapperLayer };
