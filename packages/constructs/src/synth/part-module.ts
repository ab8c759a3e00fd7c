import { NotAModuleError, type Source, sourceAt, withModuleSource } from '@cdknix/modules';
import type { ModuleValue, PartContext } from '../definitions/part-context.js';

export interface PartModuleInput<Props> {
  build: (context: PartContext<Props>) => ModuleValue;
  context: Omit<PartContext<Props>, 'config' | 'options'>;
  /**
   * `aspects/ai: src/claude-code.ts:12`: the evaluator reports definitions with this source
   * (refined to the line of each property, see `locatedSource`).
   */
  source: Source;
  /** Extra context fields (a role's `settings`, `instance`, `members`). */
  extra?: Record<string, unknown>;
}

/**
 * Turn a class part into an evaluator module: a function of the evaluation's `config` and
 * `options` that calls the part with its full typed context. The module carries its source
 * so that every definition in it points back to the TypeScript that wrote it.
 */
export function partModule<Props>({
  build,
  context,
  source,
  extra,
}: PartModuleInput<Props>): ModuleValue {
  const module = (args: { config: unknown; options: unknown }) => {
    const built = build({
      ...context,
      ...extra,
      config: args.config,
      options: args.options,
    } as PartContext<Props>);
    // `() => { programs: ... }` returns undefined: say so where the part is written.
    const isModule =
      typeof built === 'function' ||
      (typeof built === 'object' && built !== null && !Array.isArray(built));
    if (!isModule) throw new NotAModuleError(sourceAt(source, []), built, true);
    return { imports: [built] };
  };
  return withModuleSource(module, source);
}
