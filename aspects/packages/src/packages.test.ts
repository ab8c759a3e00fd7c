import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { type PackageSetName, packageSets } from './package-sets.js';
import { packages } from './packages.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

function synthWithSets(sets?: PackageSetName[]) {
  const homeManager = sets ? { aspects: { packages: { sets } } } : undefined;
  return Testing.synthHost({
    class: 'nixos',
    aspects: [packages],
    users: [Testing.user({ homeManager })],
  });
}

describe('the packages aspect', () => {
  it('installs the databases, networking and publishing sets when a home picks none', () => {
    const host = synthWithSets();
    expect(host.homeValue('alice', 'aspects.packages.sets')).toEqual([
      'databases',
      'networking',
      'publishing',
    ]);
    const names = packageNames(host.homeValue('alice', 'home.packages'));
    expect(names).toEqual(expect.arrayContaining(['postgresql_17', 'nmap', 'pandoc']));
    expect(names).not.toContain('samtools');
  });

  it('installs exactly the chosen sets, each set\u2019s packages concatenated', () => {
    const host = synthWithSets(['bioinformatics', 'media']);
    const names = packageNames(host.homeValue('alice', 'home.packages'));
    // Both sets only name top-level attributes of pkgs, so an empty stand-in counts them.
    const expected = packageSets.bioinformatics({}).length + packageSets.media({}).length;
    expect(names).toHaveLength(expected);
    expect(names).toEqual(expect.arrayContaining(['samtools', 'snakemake', 'ffmpeg-full', 'vhs']));
    expect(names).not.toContain('pandoc');
  });

  it('emits no package at all for a home that picks no set', () => {
    const host = synthWithSets([]);
    expect(host.homeNix('alice')).not.toContain('home.packages');
  });

  it('refuses a set it does not know, naming the option', () => {
    expect(() => synthWithSets(['gaming' as PackageSetName])).toThrow(/aspects\.packages\.sets/);
  });

  it('emits nested package attributes as paths into pkgs', () => {
    const host = synthWithSets(['science']);
    expect(host.homeNix('alice')).toContain('    pkgs.python3Packages.jupyterlab\n');
  });
});
