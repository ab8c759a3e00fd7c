import { overlays } from '@cdknix/aspect-overlays';
import { system } from '@cdknix/aspect-system';
import { defineAspect } from '@cdknix/constructs';
import { boot } from './boot.js';
import { kernelHardening } from './kernel-hardening.js';
import { locale } from './locale.js';
import { networking } from './networking.js';
import { nixMaintenance } from './nix-maintenance.js';
import { resources } from './resources.js';
import { usersPolicy } from './users-policy.js';

/** What every NixOS server of the fleet is, before it runs anything. */
export const nixosCore = defineAspect({
  name: 'nixos-core',
  description: 'Boot, networking, locale, users policy and Nix maintenance for NixOS servers.',
  includes: [system, overlays],
  parts: [boot, networking, locale, nixMaintenance, usersPolicy, resources, kernelHardening],
});
