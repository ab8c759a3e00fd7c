/** Declared by the node kinds that may stand inside `${…}`: references, paths, raw Nix, calls. */
export const interpolable: unique symbol = Symbol.for('cdknix.nix.interpolable') as never;
