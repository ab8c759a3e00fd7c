import type { FlakeInput } from '../definitions/flake-input.js';
import type { Problem } from '../errors/problem.js';
import type { Fleet } from '../fleet/fleet.js';
import type { Host } from '../fleet/host.js';

/** The inputs every cdknix flake may need, pinned to one release line. */
export const baseInputs: Readonly<Record<string, FlakeInput>> = {
  nixpkgs: { url: 'github:NixOS/nixpkgs/nixos-25.11' },
  'nix-darwin': {
    url: 'github:nix-darwin/nix-darwin/nix-darwin-25.11',
    follows: { nixpkgs: 'nixpkgs' },
  },
  'home-manager': {
    url: 'github:nix-community/home-manager/release-25.11',
    follows: { nixpkgs: 'nixpkgs' },
  },
  'deploy-rs': { url: 'github:serokell/deploy-rs', follows: { nixpkgs: 'nixpkgs' } },
};

/**
 * The flake's inputs: the base ones the fleet uses (nix-darwin only with darwin hosts,
 * home-manager only with users, deploy-rs only with deploy targets) and every input an aspect
 * declares, once. Two aspects asking for one input name with different URLs is an error naming
 * both (synth reports it once, however many hosts have it).
 */
export function collectInputs(
  fleet: Fleet,
  hosts: readonly Host[],
): { inputs: Record<string, FlakeInput>; problems: Problem[] } {
  const inputs: Record<string, FlakeInput> = { nixpkgs: baseInputs.nixpkgs! };
  if (hosts.some((host) => host.spec.class === 'darwin'))
    inputs['nix-darwin'] = baseInputs['nix-darwin']!;
  if (hosts.some((host) => host.users.length > 0))
    inputs['home-manager'] = baseInputs['home-manager']!;
  if (hosts.some((host) => host.spec.deploy)) inputs['deploy-rs'] = baseInputs['deploy-rs']!;
  const problems: Problem[] = [];
  const declaredBy = new Map<string, { url: string; sites: string[]; aspect: string }>();
  for (const host of hosts) {
    const aspects = [...host.aspects, ...host.users.flatMap((user) => user.aspects)];
    for (const { aspect } of aspects) {
      for (const [name, input] of Object.entries(aspect.inputs)) {
        const base = baseInputs[name];
        const earlier =
          declaredBy.get(name) ??
          (base ? { url: base.url, sites: ['cdknix base inputs'], aspect: 'cdknix' } : undefined);
        if (earlier && earlier.url !== input.url) {
          if (earlier.aspect === aspect.name) continue;
          problems.push({
            severity: 'error',
            kind: 'flake-input',
            path: `fleet/inputs/${name}`,
            message: `input '${name}' is declared with two URLs: ${earlier.url} (aspect ${earlier.aspect}) and ${input.url} (aspect ${aspect.name})`,
            sites: [...earlier.sites, ...fleet.describe(aspect.site)],
            hint: 'make the aspects agree on one URL, or give one input another name',
          });
          continue;
        }
        if (!earlier)
          declaredBy.set(name, {
            url: input.url,
            sites: fleet.describe(aspect.site),
            aspect: aspect.name,
          });
        inputs[name] = input;
      }
    }
  }
  return { inputs, problems };
}
