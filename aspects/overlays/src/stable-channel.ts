import type { OverlayDefinition } from '@cdknix/constructs';
import { rawNix, ref } from '@cdknix/nix';

/**
 * `final.stable`: the release channel next to unstable, for packages that are broken or
 * uncached on unstable. It comes first (order 10) so that later overlays may read it.
 */
export const stableChannel: OverlayDefinition = {
  name: 'stable-channel',
  order: 10,
  attributes: {
    stable: rawNix(
      'import inputs.nixpkgs-stable { inherit (final.stdenv.hostPlatform) system; config.allowUnfree = true; }',
      {
        references: ['inputs', 'final'],
      },
    ),
  },
};

/** Packages taken from the release channel until unstable builds them again. */
export const stableFallbacks: OverlayDefinition = {
  name: 'stable-fallbacks',
  order: 20,
  attributes: {
    awscli2: ref('final', 'stable', 'awscli2'),
    micromamba: ref('final', 'stable', 'micromamba'),
    tart: ref('final', 'stable', 'tart'),
  },
};
