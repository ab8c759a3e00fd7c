import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/**
 * Secrets tooling: sops with age keys derived from SSH keys, a pass store for the few
 * secrets that live outside a repository, GnuPG for the rest of the world.
 */
export const secrets = homeManagerPart(
  ({ pkgs, user }): HomeManagerConfig => ({
    programs: {
      gpg: { enable: true, settings: { 'keyid-format': '0xlong', 'with-fingerprint': true } },
      'password-store': {
        enable: true,
        settings: {
          PASSWORD_STORE_DIR: `${user?.homeDirectory ?? '~'}/.local/share/password-store`,
        },
      },
    },
    home: {
      packages: [
        pkgs.sops,
        pkgs.age,
        pkgs['ssh-to-age'],
        pkgs['age-plugin-yubikey'],
        pkgs['step-cli'],
        pkgs['bitwarden-cli'],
        pkgs['_1password-cli'],
        pkgs['yubikey-manager'],
      ],
    },
  }),
);
