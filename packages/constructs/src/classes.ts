/** The module classes cdknix knows: each host is one of the host classes; users are `homeManager`. */
export type NixClass = 'nixos' | 'darwin' | 'homeManager';
export type HostClass = 'nixos' | 'darwin';

export const hostClasses: readonly HostClass[] = ['nixos', 'darwin'];
export const nixClasses: readonly NixClass[] = ['nixos', 'darwin', 'homeManager'];

/** The systems each host class runs on (Nix's `system` strings). */
export const systemsByClass: Record<HostClass, readonly string[]> = {
  nixos: ['x86_64-linux', 'aarch64-linux'],
  darwin: ['aarch64-darwin', 'x86_64-darwin'],
};
