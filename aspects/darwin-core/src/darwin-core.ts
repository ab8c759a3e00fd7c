import { overlays } from '@cdknix/aspect-overlays';
import { system } from '@cdknix/aspect-system';
import { defineAspect } from '@cdknix/constructs';
import { dock } from './dock.js';
import { finder } from './finder.js';
import { globalDefaults } from './global-defaults.js';
import { inputDevices } from './input-devices.js';
import { menuBar } from './menu-bar.js';
import { security } from './security.js';

/** What every macOS laptop of the fleet is: its name, macOS defaults, and security. */
export const darwinCore = defineAspect({
  name: 'darwin-core',
  description:
    'macOS defaults (Dock, Finder, keyboard, trackpad), Touch ID sudo and the firewall for laptops.',
  includes: [system, overlays],
  darwin: ({ host }) => ({
    networking: { computerName: host.name, localHostName: host.name },
  }),
  parts: [dock, finder, globalDefaults, inputDevices, menuBar, security],
});
