import { defineAspect } from '@cdknix/constructs';
import { darwinBasePackages, nixosBasePackages } from './base-packages.js';
import { homeNix } from './home-nix.js';
import { darwinNixSettings, nixosNixSettings } from './nix-settings.js';

/** Cross-platform system settings: Nix itself, binary caches, time and base packages. */
export const system = defineAspect({
  name: 'system',
  description: 'Nix settings, binary caches, time zone and base packages on every machine.',
  nixos: () => ({ time: { timeZone: 'UTC' } }),
  darwin: () => ({ time: { timeZone: 'America/New_York' } }),
  parts: [nixosNixSettings, darwinNixSettings, nixosBasePackages, darwinBasePackages, homeNix],
});
