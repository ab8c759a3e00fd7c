import { CallSite } from '../../errors/call-site.js';
import type { NixValue } from '../nix-value.js';
import { orderPriority } from './priorities.js';
import { PrioritizedWrapper, wrapperLayer } from './prioritized-wrapper.js';

/** `lib.mkOrder priority content` and its named forms `mkBefore` (500) and `mkAfter` (1500). */
export class OrderWrapper extends PrioritizedWrapper {
  readonly kind = 'order' as const;

  constructor(functionName: string, priority: number, content: NixValue, site: CallSite) {
    super(
      { function: functionName, numbered: 'mkOrder' },
      wrapperLayer.order,
      priority,
      content,
      site,
    );
  }
}

/** `lib.mkOrder priority value`: lower numbers come first in merged lists and lines. */
export function mkOrder(priority: number, value: NixValue): OrderWrapper {
  return new OrderWrapper('mkOrder', priority, value, new CallSite());
}
/** `lib.mkBefore value` (order 500). */
export function mkBefore(value: NixValue): OrderWrapper {
  return new OrderWrapper('mkBefore', orderPriority.before, value, new CallSite());
}
/** `lib.mkAfter value` (order 1500). */
export function mkAfter(value: NixValue): OrderWrapper {
  return new OrderWrapper('mkAfter', orderPriority.after, value, new CallSite());
}
