import { NixReference } from '@cdknix/nix';

/**
 * Every package a rendered configuration refers to (`pkgs.git`, `pkgs.python3Packages.requests`),
 * sorted: the host's package set, for summaries and package-set regression checks.
 */
export function collectPackages(...roots: readonly unknown[]): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (NixReference.isReference(value)) {
      if (value.root === 'pkgs' && value.segments.length > 0) found.add(value.segments.join('.'));
      return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  for (const root of roots) visit(root);
  return [...found].sort();
}
