/** A flake input an aspect needs (`inputs.<name>` in the emitted flake). */
export interface FlakeInput {
  url: string;
  /** `inputs.<name>.inputs.<key>.follows = <value>`, e.g. `{ nixpkgs: 'nixpkgs' }`. */
  follows?: Readonly<Record<string, string>>;
  /** `false` for inputs that are not flakes. */
  flake?: boolean;
}

/** An overlay an aspect contributes: a Nix function `final: prev: { ... }` given as emitter nodes. */
export interface OverlayDefinition {
  /** Unique within the fleet; also the overlay's name in comments. */
  name: string;
  /** Overlays apply in ascending `order`, then by name: a defined order, whatever the discovery order. */
  order?: number;
  /** Attribute name to Nix expression (emitter values; `final`/`prev` via `ref('prev', ...)`). */
  attributes: Readonly<Record<string, unknown>>;
}
