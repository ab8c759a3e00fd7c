import { darwinPart, nixosPart } from '@cdknix/constructs';
import { mkDefault } from '@cdknix/modules';
import { substituters, trustedPublicKeys } from './substituters.js';

/**
 * The same `nix.settings` on both host classes. Trusted users differ: NixOS administrators
 * are in `wheel`, macOS ones in `admin`.
 */
function nixSettings(trustedGroup: string) {
  return {
    nix: {
      settings: {
        'experimental-features': ['nix-command', 'flakes'],
        substituters: [...substituters],
        'trusted-public-keys': [...trustedPublicKeys],
        'trusted-users': ['root', trustedGroup],
        'warn-dirty': false,
        'keep-outputs': true,
        'keep-derivations': true,
        'max-jobs': mkDefault('auto'),
      },
    },
  };
}

export const nixosNixSettings = nixosPart(() => nixSettings('@wheel'));

export const darwinNixSettings = darwinPart(() => nixSettings('@admin'));
