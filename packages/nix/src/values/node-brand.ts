import { isNixNode } from './nix-node.js';

/**
 * A brand for one node kind, so that `equals` and kind checks work across duplicate installs
 * (where `instanceof` fails). `brand.mark(this)` in the constructor, `brand.has(value)` to test.
 */
export function nodeBrand(kindName: string) {
  const symbol = Symbol.for(`cdknix.nix.${kindName}`);
  return {
    mark(node: object): void {
      Object.defineProperty(node, symbol, { value: true });
    },
    has(value: unknown): boolean {
      return isNixNode(value) && (value as unknown as Record<symbol, unknown>)[symbol] === true;
    },
  };
}
