import { CallSite } from '../../errors/call-site.js';
import type { Lowerer } from '../../lower/lowerer.js';
import type { Expression } from '../../syntax/expression.js';
import { nixValuesEqual } from '../equality.js';
import type { NixNode } from '../nix-node.js';
import type { NixValue } from '../nix-value.js';
import { checkNesting, ModuleWrapper, wrapperLayer } from './module-wrapper.js';

/** A condition for mkIf: a boolean, or a Nix expression such as `config.services.nginx.enable`. */
export type NixCondition = boolean | NixNode | undefined;

/** `lib.mkIf condition content`: the content counts only when the condition is true. */
export class ConditionWrapper extends ModuleWrapper {
  readonly kind = 'if' as const;
  readonly condition: NixCondition;
  readonly content: NixValue;

  constructor(condition: NixCondition, content: NixValue, site: CallSite) {
    checkNesting('mkIf', wrapperLayer.conditionOrMerge, content, site);
    super('mkIf', wrapperLayer.conditionOrMerge, site);
    this.condition = condition;
    this.content = content;
  }

  equals(other: unknown): boolean {
    if (!ModuleWrapper.isModuleWrapper(other) || other.kind !== 'if') return false;
    const conditional = other as ConditionWrapper;
    return (
      nixValuesEqual(conditional.condition, this.condition) &&
      nixValuesEqual(conditional.content, this.content)
    );
  }

  protected lowerArguments(lowerer: Lowerer): Expression[] {
    return [lowerer.value(this.condition), lowerer.value(this.content)];
  }
}

/** `lib.mkIf condition value`. */
export function mkIf(condition: NixCondition, value: NixValue): ConditionWrapper {
  return new ConditionWrapper(condition, value, new CallSite());
}
