import type { NixClass } from '../classes.js';
import type { ModuleValue } from '../definitions/part-context.js';

/**
 * The Nix-side options of each class (`environment.systemPackages`, `programs.git.*`,
 * `homebrew.casks`...), declared with their real types so that merging is right and a typo
 * is an error with a suggestion. This is the one replaceable place for them: generated
 * bindings (`cdknix import`) provide them; a fleet may pass its own.
 *
 * Options declared here are emitted to Nix; options declared anywhere else (an aspect's own
 * options) are evaluated in TypeScript only.
 */
export type OptionSets = Readonly<Record<NixClass, readonly ModuleValue[]>>;
