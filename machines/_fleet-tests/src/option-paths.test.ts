import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Fleet } from '@cdknix/constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectOptionPaths, definedPaths, type OptionPath } from './collect-option-paths.js';
import { loadHostSpecs, machinesDirectory } from './discover-hosts.js';
import { documentedOptions, isCoveredBy, parseOptionPath } from './documented-options.js';

const documentation = join(machinesDirectory, '..', 'docs', 'reference-fleet.md');
const homeManagerOptionsFile = join(
  machinesDirectory,
  '..',
  '..',
  'shared',
  'nix-options',
  'home-manager-25.11.options.json',
);

let paths: ReturnType<typeof collectOptionPaths>;
let aspectOptions: OptionPath[];

beforeAll(async () => {
  const fleet = new Fleet();
  for (const spec of await loadHostSpecs()) fleet.addHost(spec);
  paths = collectOptionPaths(fleet);
  const aspects = new Map(
    fleet.hosts
      .flatMap((host) => [...host.aspects, ...host.users.flatMap((user) => user.aspects)])
      .map(({ aspect }) => [aspect.name, aspect]),
  );
  aspectOptions = [...aspects.values()].flatMap((aspect) =>
    Object.keys(aspect.options ?? {}).map((name) => ['aspects', aspect.name, name]),
  );
});

const show = (list: readonly OptionPath[]) =>
  [...new Set(list.map((path) => path.join('.')))].sort();

describe('option paths the fleet sets', () => {
  it('are collected through mkIf, mkMerge and the full module form, stopping at values', () => {
    const module = { config: { a: { b: 1, c: [{ d: 2 }], e: () => 3 } } };
    expect(show(definedPaths(module))).toEqual(['a.b', 'a.c', 'a.e']);
  });

  it('are numerous: over a hundred NixOS and nix-darwin paths, two hundred home-manager ones', () => {
    expect(show(paths.nixos).length + show(paths.darwin).length).toBeGreaterThan(150);
    expect(show(paths.homeManager).length).toBeGreaterThan(200);
  });

  it('are all listed in docs/reference-fleet.md for NixOS', () => {
    const listed = documentedOptions(documentation).NixOS ?? [];
    expect(show(paths.nixos.filter((path) => !isCoveredBy(path, listed)))).toEqual([]);
  });

  it('are all listed in docs/reference-fleet.md for nix-darwin', () => {
    const listed = documentedOptions(documentation)['nix-darwin'] ?? [];
    expect(show(paths.darwin.filter((path) => !isCoveredBy(path, listed)))).toEqual([]);
  });

  it('only reach aspect options the aspects declare', () => {
    const all = [...paths.nixos, ...paths.darwin, ...paths.homeManager].filter(
      (path) => path[0] === 'aspects',
    );
    expect(all.length).toBeGreaterThan(0);
    expect(show(all.filter((path) => !isCoveredBy(path, aspectOptions)))).toEqual([]);
  });

  it.skipIf(!existsSync(homeManagerOptionsFile))(
    'exist in home-manager 25.11 for every home-manager path',
    () => {
      const document = JSON.parse(readFileSync(homeManagerOptionsFile, 'utf8')) as {
        options: { title: string }[];
      };
      const options = document.options.map((option) => parseOptionPath(option.title));
      const unknown = paths.homeManager.filter(
        (path) => path[0] !== 'aspects' && !isCoveredBy(path, options),
      );
      expect(show(unknown)).toEqual([]);
    },
  );
});
