import { CallSite } from '../../errors/call-site.js';
import type { NixValue } from '../nix-value.js';
import { overridePriority } from './priorities.js';
import { PrioritizedWrapper, wrapperLayer } from './prioritized-wrapper.js';

/** `lib.mkOverride priority content` and its named forms `mkForce` (50) and `mkDefault` (1000). */
export class OverrideWrapper extends PrioritizedWrapper {
  readonly kind = 'override' as const;

  constructor(functionName: string, priority: number, content: NixValue, site: CallSite) {
    super(
      { function: functionName, numbered: 'mkOverride' },
      wrapperLayer.override,
      priority,
      content,
      site,
    );
  }
}

/** `lib.mkOverride priority value`: the definitions with the lowest priority number win. */
export function mkOverride(priority: number, value: NixValue): OverrideWrapper {
  return new OverrideWrapper('mkOverride', priority, value, new CallSite());
}
/** `lib.mkForce value` (priority 50): beats plain definitions and mkDefault. */
export function mkForce(value: NixValue): OverrideWrapper {
  return new OverrideWrapper('mkForce', overridePriority.force, value, new CallSite());
}
/** `lib.mkDefault value` (priority 1000): loses to any plain definition. */
export function mkDefault(value: NixValue): OverrideWrapper {
  return new OverrideWrapper('mkDefault', overridePriority.default, value, new CallSite());
}
