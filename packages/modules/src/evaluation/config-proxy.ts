/**
 * The `config` (or `options`) a module function receives: a stand-in that forwards every read
 * to the evaluated attribute set, which does not exist yet while modules are collected.
 * `guard` throws when reading is not allowed (decision 0001: eager reads fail loudly).
 * One handler serves every proxy (its state lives in the target), so an evaluation costs one
 * small object and a proxy, not five closures.
 */
interface ProxyTarget {
  readonly resolve: () => Record<string, unknown>;
  readonly guard: (name: string) => void;
}

const handler: ProxyHandler<ProxyTarget> = {
  get(target, name) {
    if (typeof name === 'symbol') return undefined;
    target.guard(name);
    return target.resolve()[name];
  },
  has(target, name) {
    if (typeof name === 'symbol') return false;
    target.guard(name);
    return Object.hasOwn(target.resolve(), name);
  },
  ownKeys(target) {
    return Object.keys(target.resolve());
  },
  getOwnPropertyDescriptor(target, name) {
    if (typeof name === 'symbol') return undefined;
    target.guard(name);
    const attributes = target.resolve();
    if (!Object.hasOwn(attributes, name)) return undefined;
    return { value: attributes[name], enumerable: true, configurable: true, writable: false };
  },
  set() {
    return false;
  },
};

export function lazyAttributeProxy(
  resolve: () => Record<string, unknown>,
  guard: (name: string) => void,
): Record<string, unknown> {
  return new Proxy({ resolve, guard }, handler) as unknown as Record<string, unknown>;
}
