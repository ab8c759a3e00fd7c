import { Testing } from '@cdknix/constructs/testing';
import { describe, expect, it } from 'vitest';
import { baseBrews, baseCasks, baseMasApps, fontCasks } from './base-casks.js';
import { homebrew } from './homebrew.js';

/** A laptop with the aspect and its own `aspects.homebrew.*` settings. */
function synthLaptop(options: Record<string, unknown> = {}) {
  return Testing.synthHost({
    class: 'darwin',
    aspects: [homebrew],
    settings: { aspects: { homebrew: options } },
  });
}

describe('the homebrew aspect', () => {
  const laptop = synthLaptop();

  it('installs the base casks, the font casks, the base brews and the App Store apps', () => {
    expect(laptop.value('homebrew.enable')).toBe(true);
    const casks = laptop.value('homebrew.casks') as string[];
    expect([...casks].sort()).toEqual([...baseCasks, ...fontCasks].sort());
    expect(laptop.value('homebrew.brews')).toEqual(baseBrews);
    expect(laptop.value('homebrew.masApps')).toEqual(baseMasApps);
  });

  it('makes the list the truth: anything not listed is uninstalled on activation', () => {
    expect(laptop.value('homebrew.onActivation.cleanup')).toBe('uninstall');
    expect(laptop.nix()).toContain('cleanup = "uninstall";');
  });

  it('adds a laptop\u2019s own casks, brews and App Store apps to the base set', () => {
    const research = synthLaptop({
      additionalCasks: ['inkscape'],
      additionalBrews: ['ffmpeg'],
      additionalMasApps: { xcode: 497799835 },
    });
    expect(research.value('homebrew.casks')).toEqual(
      expect.arrayContaining(['inkscape', 'zotero', 'font-inter']),
    );
    expect(research.value('homebrew.brews')).toEqual([...baseBrews, 'ffmpeg']);
    expect(research.value('homebrew.masApps')).toEqual({ ...baseMasApps, xcode: 497799835 });
    expect(research.nix()).toContain('xcode = 497799835;');
  });

  it('leaves the font casks out when manageFonts is off', () => {
    const casks = synthLaptop({ manageFonts: false }).value('homebrew.casks') as string[];
    expect([...casks].sort()).toEqual([...baseCasks].sort());
  });

  it('sets nothing in Homebrew when a laptop turns it off', () => {
    const nix = synthLaptop({ enable: false }).nix();
    expect(nix).not.toContain('homebrew.');
  });

  it('refuses an App Store identifier that is not a whole number, naming the option', () => {
    expect(() => synthLaptop({ additionalMasApps: { xcode: 'latest' } })).toThrow(
      /aspects\.homebrew\.additionalMasApps/,
    );
  });
});
