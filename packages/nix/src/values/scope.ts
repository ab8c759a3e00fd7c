import { NixReference, ref } from './reference.js';

/** A reference whose attributes are references: `pkgs.python3Packages.requests`. */
export type ReferenceProxy = NixReference & { readonly [name: string]: ReferenceProxy };

// Names that stay the reference's own members; select them with ref(...) or .select(...).
// `then` is kept undefined so that a reference is never mistaken for a Promise.
const ownMembers = new Set(['root', 'segments', 'select', 'equals', 'constructor', 'then']);

/**
 * A proxy over the variable `name`: every property read selects an attribute, so `pkgs.git`,
 * `pkgs['1password']` and `pkgs.python3Packages.requests` are references.
 */
export function scope(name: string): ReferenceProxy {
  return wrap(ref(name));
}

function wrap(reference: NixReference): ReferenceProxy {
  return new Proxy(reference, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || ownMembers.has(property)) {
        return property === 'then' ? undefined : Reflect.get(target, property, receiver);
      }
      return wrap(new NixReference(target.root, [...target.segments, property]));
    },
  }) as ReferenceProxy;
}

/** `pkgs.git`, `pkgs['1password']`: package references. */
export const pkgs: ReferenceProxy = scope('pkgs');
/** `lib.licenses.mit`: references into nixpkgs lib. */
export const lib: ReferenceProxy = scope('lib');
/** `config.services.nginx.enable`: references to the evaluated configuration (for mkIf). */
export const config: ReferenceProxy = scope('config');
