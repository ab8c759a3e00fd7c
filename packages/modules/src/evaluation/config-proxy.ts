/**
 * The `config` (or `options`) a module function receives: a stand-in that forwards every read
 * to the evaluated attribute set, which does not exist yet while modules are collected.
 * `guard` throws when reading is not allowed (decision 0001: eager reads fail loudly).
 */
export function lazyAttributeProxy(
  resolve: () => Record<string, unknown>,
  guard: (name: string) => void,
): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  return new Proxy(target, {
    get(_target, name) {
      if (typeof name === 'symbol') return undefined;
      guard(name);
      return resolve()[name];
    },
    has(_target, name) {
      if (typeof name === 'symbol') return false;
      guard(name);
      return Object.hasOwn(resolve(), name);
    },
    ownKeys() {
      return Object.keys(resolve());
    },
    getOwnPropertyDescriptor(_target, name) {
      if (typeof name === 'symbol') return undefined;
      guard(name);
      const attributes = resolve();
      if (!Object.hasOwn(attributes, name)) return undefined;
      return { value: attributes[name], enumerable: true, configurable: true, writable: false };
    },
    set() {
      return false;
    },
  });
}
