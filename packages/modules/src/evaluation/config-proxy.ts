/**
 * The `config` (or `options`) a module function receives: a stand-in that forwards every read
 * to the evaluated attribute set, which does not exist yet while modules are collected.
 * `guard` throws when reading is not allowed (decision 0001: eager reads fail loudly).
 * One handler serves every proxy (its state lives in the target, an object the evaluation
 * already has), so a proxy costs one allocation.
 */
/** What a proxy forwards to: `resolve()` gives the set, `guard(name)` may refuse the read. */
export interface ProxyTarget {
  resolve(): Record<string, unknown>;
  guard(name: string): void;
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
    // An accessor, so that listing names (`Object.keys(config)`) computes no value, as in Nix.
    // Configurable: the target has no such property.
    return { get: () => attributes[name], enumerable: true, configurable: true };
  },
  set() {
    return false;
  },
  // The proxy stands for a plain attribute set, whatever object its target is.
  getPrototypeOf() {
    return Object.prototype;
  },
};

export function lazyAttributeProxy(target: ProxyTarget): Record<string, unknown> {
  return new Proxy(target, handler) as unknown as Record<string, unknown>;
}
