import type { CallSite } from '../../errors/call-site.js';
import { constructionError } from '../../errors/construction-error.js';
import { InvalidPriorityError, InvalidWrapperNestingError } from '../../errors/emit-errors.js';
import { messages } from '../../errors/messages.js';
import type { Lowerer } from '../../lower/lowerer.js';
import type { Expression } from '../../syntax/expression.js';
import { lowerNode, type NixNode, nixNodeBrand } from '../nix-node.js';
import { nodeBrand } from '../node-brand.js';

const wrapperBrand = nodeBrand('ModuleWrapper');

/**
 * Where a wrapper may stand, outermost first. The module system accepts
 * `mkIf`/`mkMerge` ⊃ `mkOverride` ⊃ `mkOrder` ⊃ value (EMISSION.md §A.7): `mkForce (mkBefore x)`
 * works, `mkBefore (mkForce x)` and `mkForce (mkIf c x)` are type errors in Nix.
 */
export const wrapperLayer = { conditionOrMerge: 0, override: 1, order: 2 } as const;
type WrapperLayer = (typeof wrapperLayer)[keyof typeof wrapperLayer];

/** What every module-system wrapper shares: its place in the nesting and how it is printed. */
export abstract class ModuleWrapper implements NixNode {
  readonly [nixNodeBrand] = true as const;
  abstract readonly kind: 'override' | 'order' | 'if' | 'merge';
  /** The `lib` function that writes it: `mkForce`, `mkOverride`, `mkIf`, ... */
  readonly functionName: string;
  readonly layer: WrapperLayer;
  protected readonly site: CallSite;

  constructor(functionName: string, layer: WrapperLayer, site: CallSite) {
    this.functionName = functionName;
    this.layer = layer;
    this.site = site;
    wrapperBrand.mark(this);
  }

  static isModuleWrapper(value: unknown): value is ModuleWrapper {
    return wrapperBrand.has(value);
  }

  abstract equals(other: unknown): boolean;

  /** The arguments after the function name, the wrapped content last. */
  protected abstract lowerArguments(lowerer: Lowerer): Expression[];

  [lowerNode](lowerer: Lowerer): Expression {
    return lowerer.within(this.site, () => ({
      kind: 'apply',
      function: {
        kind: 'select',
        subject: { kind: 'identifier', name: 'lib' },
        segments: [this.functionName],
      },
      arguments: this.lowerArguments(lowerer),
    }));
  }
}

/** Throws when `content` is a wrapper that may not stand inside a wrapper of `layer`. */
export function checkNesting(
  functionName: string,
  layer: WrapperLayer,
  content: unknown,
  site: CallSite,
): void {
  if (!ModuleWrapper.isModuleWrapper(content)) return;
  if (layer === wrapperLayer.conditionOrMerge || content.layer > layer) return;
  throw constructionError(
    InvalidWrapperNestingError,
    messages.invalidWrapperNesting(functionName, content.functionName),
    `${functionName}(${content.functionName}(...))`,
    site,
  );
}

/** Throws unless `priority` is an integer. */
export function checkPriority(functionName: string, priority: number, site: CallSite): void {
  if (Number.isSafeInteger(priority)) return;
  throw constructionError(
    InvalidPriorityError,
    messages.invalidPriority(functionName, priority),
    `${functionName}(${String(priority)}, ...)`,
    site,
  );
}
