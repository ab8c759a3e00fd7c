import { defineAspect } from '@cdknix/constructs';
import { stableChannel, stableFallbacks } from './stable-channel.js';

const nixpkgsConfiguration = () => ({
  nixpkgs: { config: { allowUnfree: true } },
});

/**
 * The fleet's nixpkgs: unfree packages allowed, and the overlays every machine shares. Aspects
 * add their own overlays (the `ai` aspect's `llm-agents`, `development`'s toolchain pins); all
 * apply in ascending `order`, then by name.
 */
export const overlays = defineAspect({
  name: 'overlays',
  description: 'nixpkgs configuration and the fleet-wide overlays, applied in a defined order.',
  inputs: {
    'nixpkgs-stable': { url: 'github:NixOS/nixpkgs/nixos-25.11' },
  },
  overlays: [stableChannel, stableFallbacks],
  nixos: nixpkgsConfiguration,
  darwin: nixpkgsConfiguration,
});
