import { CallSite } from '../../errors/call-site.js';
import type { Lowerer } from '../../lower/lowerer.js';
import type { Expression } from '../../syntax/expression.js';
import { nixValuesEqual } from '../equality.js';
import type { NixValue } from '../nix-value.js';
import { ModuleWrapper, wrapperLayer } from './module-wrapper.js';

/**
 * `lib.mkMerge [ … ]`: several definitions of one option, each keeping its own wrappers. The
 * listed order is kept: within one order priority it decides the merged order (§A.7).
 */
export class MergeWrapper extends ModuleWrapper {
  readonly kind = 'merge' as const;
  readonly contents: readonly NixValue[];

  constructor(contents: readonly NixValue[], site: CallSite) {
    super('mkMerge', wrapperLayer.conditionOrMerge, site);
    this.contents = contents;
  }

  equals(other: unknown): boolean {
    return (
      ModuleWrapper.isModuleWrapper(other) &&
      other.kind === 'merge' &&
      nixValuesEqual((other as MergeWrapper).contents, this.contents)
    );
  }

  protected lowerArguments(lowerer: Lowerer): Expression[] {
    return [lowerer.value(this.contents)];
  }
}

/** `lib.mkMerge [ … ]`. */
export function mkMerge(contents: readonly NixValue[]): MergeWrapper {
  return new MergeWrapper(contents, new CallSite());
}
