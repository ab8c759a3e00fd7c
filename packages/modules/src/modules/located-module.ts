import type { Source } from '../source.js';
import { hasBrand } from '../values/brand.js';
import type { ModuleInput } from './module.js';

const LOCATED_BRAND = Symbol.for('cdknix.modules.LocatedModule');

/**
 * A module with the location it is written at, for modules that cannot tell it themselves: the
 * modules of a submodule type, located at the option that declares the type (`lib.
 * setDefaultModuleLocation`). In the reference this is a module `{ _file; imports = [ m ]; }`;
 * here it is a marker that collection unwraps, so that a submodule instance of one module
 * stays a collection of one module.
 *
 * Like the reference's wrapper it is a module of its own: the module inside is included once
 * per wrapper, unless it has a `key`. So a module listed by two declarations of one option is
 * evaluated twice, as Nix evaluates it (two defaults for one of its options are an error).
 */
export class LocatedModule {
  constructor(
    readonly module: ModuleInput,
    /** Memoised by `locatedModules`: a declaration's line is looked up only if a module needs it. */
    private readonly site: () => Source,
  ) {}

  /** Where `module` is written, unless it names its own file or source. */
  get source(): Source {
    return this.site();
  }
}
// A brand rather than `instanceof`: a type from another copy of this package may be
// evaluated by this one.
Object.defineProperty(LocatedModule.prototype, LOCATED_BRAND, { value: true });

export function isLocatedModule(value: unknown): value is LocatedModule {
  return hasBrand(value, LOCATED_BRAND);
}

/** Each of `modules` located at `site()`, which is called once, when first needed. */
export function locatedModules(modules: readonly unknown[], site: () => Source): LocatedModule[] {
  let source: Source | undefined;
  const memoised = () => {
    source ??= site();
    return source;
  };
  return modules.map((module) => new LocatedModule(module as ModuleInput, memoised));
}
