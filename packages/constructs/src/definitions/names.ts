/**
 * Names that become folders, Nix attribute names and flake output names. Kept to a safe
 * alphabet so that no host or user name can escape the output directory or inject Nix.
 */
export const safeNamePattern = /^[a-z_][a-z0-9_-]{0,62}$/;

export function isSafeName(name: string): boolean {
  return safeNamePattern.test(name);
}
