import { isOption } from '@cdknix/modules';

/**
 * The option paths a Nix-side option set declares, as a lookup: these (and everything inside
 * them) are emitted; options declared elsewhere (an aspect's own) stay in TypeScript.
 */
export class EmittedPaths {
  private readonly roots = new Set<string>();

  constructor(declarationTrees: readonly unknown[]) {
    for (const tree of declarationTrees) this.collect(tree, []);
  }

  private collect(tree: unknown, path: readonly string[]): void {
    if (isOption(tree)) {
      this.roots.add(path.join('\u0000'));
      return;
    }
    if (typeof tree !== 'object' || tree === null) return;
    for (const [name, child] of Object.entries(tree)) this.collect(child, [...path, name]);
  }

  has(path: readonly string[]): boolean {
    return this.roots.has(path.join('\u0000'));
  }
}
