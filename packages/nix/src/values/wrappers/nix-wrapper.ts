import type { ConditionWrapper } from './condition.js';
import type { MergeWrapper } from './merge.js';
import type { OrderWrapper } from './order.js';
import type { OverrideWrapper } from './override.js';

/** Every module-system wrapper, discriminated by `kind` for exhaustive matching. */
export type NixWrapper = OverrideWrapper | OrderWrapper | ConditionWrapper | MergeWrapper;
