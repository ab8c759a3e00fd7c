import { Testing } from '@cdknix/constructs/testing';
import { describe, expect, it } from 'vitest';
import { overlays } from './overlays.js';

describe('the overlays aspect', () => {
  const server = Testing.synthHost({ class: 'nixos', aspects: [overlays] });

  it('allows unfree packages on both classes', () => {
    expect(server.value('nixpkgs.config.allowUnfree')).toBe(true);
    const laptop = Testing.synthHost({ class: 'darwin', aspects: [overlays] });
    expect(laptop.value('nixpkgs.config.allowUnfree')).toBe(true);
    expect(laptop.nix()).toContain('nixpkgs.config.allowUnfree = true;');
  });

  it('applies stable-channel (10) before stable-fallbacks (20), which reads it', () => {
    const nix = server.nix();
    const channel = nix.indexOf('# overlay stable-channel');
    const fallbacks = nix.indexOf('# overlay stable-fallbacks');
    expect(channel).toBeGreaterThan(-1);
    expect(fallbacks).toBeGreaterThan(channel);
    expect(nix).toContain('awscli2 = final.stable.awscli2;');
  });

  it('imports the release channel for the host\u2019s own platform, unfree allowed', () => {
    expect(server.nix()).toContain(
      'import inputs.nixpkgs-stable { inherit (final.stdenv.hostPlatform) system; config.allowUnfree = true; }',
    );
  });

  it('declares the nixpkgs-stable flake input it reads', () => {
    expect(server.result.files.get('flake.nix')).toContain(
      'nixpkgs-stable.url = "github:NixOS/nixpkgs/nixos-25.11";',
    );
  });
});
