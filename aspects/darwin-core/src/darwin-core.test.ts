import { Testing } from '@cdknix/constructs/testing';
import { describe, expect, it } from 'vitest';
import { darwinCore } from './darwin-core.js';

describe('the darwin-core aspect', () => {
  const laptop = Testing.synthHost({ name: 'stibnite', class: 'darwin', aspects: [darwinCore] });

  it('names the Mac after its host, for the network and for sharing', () => {
    expect(laptop.value('networking.computerName')).toBe('stibnite');
    expect(laptop.value('networking.localHostName')).toBe('stibnite');
  });

  it('hides the Dock at once and keeps Spaces in place', () => {
    expect(laptop.value('system.defaults.dock.autohide')).toBe(true);
    expect(laptop.value('system.defaults.dock.mru-spaces')).toBe(false);
    expect(laptop.nix()).toContain('autohide-delay = 0.0;');
  });

  it('sizes the Dock icons with a default that a laptop may override', () => {
    expect(laptop.value('system.defaults.dock.tilesize')).toBe(48);
    expect(laptop.nix()).toContain('tilesize = lib.mkDefault 48;');
    const bigger = Testing.synthHost({
      class: 'darwin',
      aspects: [darwinCore],
      settings: { system: { defaults: { dock: { tilesize: 64 } } } },
    });
    expect(bigger.value('system.defaults.dock.tilesize')).toBe(64);
  });

  it('shows every file and extension in Finder and types fast without autocorrection', () => {
    expect(laptop.value('system.defaults.finder.AppleShowAllExtensions')).toBe(true);
    expect(laptop.value('system.defaults.finder.FXPreferredViewStyle')).toBe('Nlsv');
    expect(laptop.value('system.defaults.NSGlobalDomain.KeyRepeat')).toBe(2);
    expect(
      laptop.value('system.defaults.NSGlobalDomain.NSAutomaticSpellingCorrectionEnabled'),
    ).toBe(false);
    expect(laptop.value('system.keyboard.remapCapsLockToControl')).toBe(true);
  });

  it('uses Touch ID for sudo and runs the application firewall in stealth mode', () => {
    expect(laptop.value('security.pam.services.sudo_local.touchIdAuth')).toBe(true);
    expect(laptop.value('networking.applicationFirewall.enableStealthMode')).toBe(true);
    expect(laptop.value('system.defaults.screensaver.askForPasswordDelay')).toBe(0);
  });

  it('brings the system and overlays aspects along', () => {
    expect(laptop.value('nix.settings.trusted-users')).toEqual(['root', '@admin']);
    expect(laptop.value('time.timeZone')).toBe('America/New_York');
    expect(laptop.value('nixpkgs.config.allowUnfree')).toBe(true);
    expect(laptop.nix()).toContain('# overlay stable-fallbacks');
  });
});
