import { defineAspect } from '@cdknix/constructs';
import { fonts } from './fonts.js';
import { gnupgAgent } from './gnupg-agent.js';
import { nixApps } from './nix-apps.js';

export const darwinApps = defineAspect({
  name: 'darwin-apps',
  description: 'macOS applications and fonts from nixpkgs, and the GnuPG agent, for laptops.',
  parts: [nixApps, fonts, gnupgAgent],
});
