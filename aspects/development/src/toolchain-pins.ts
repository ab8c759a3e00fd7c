import type { OverlayDefinition } from '@cdknix/constructs';
import { ref } from '@cdknix/nix';

/** `nodejs` means Node 22 fleet-wide, so that every project sees the same runtime. */
export const toolchainPins: OverlayDefinition = {
  name: 'toolchain-pins',
  order: 40,
  attributes: {
    nodejs: ref('prev', 'nodejs_22'),
    python3: ref('prev', 'python313'),
  },
};
