import { darwinPart, nixosPart } from '@cdknix/constructs';

/**
 * A login shell must be known to the system (`/etc/shells`) and have its system-wide init
 * files, or the user cannot log in with it: zsh and fish through their modules, nushell
 * through `environment.shells`.
 */
function loginShells(pkgs: any) {
  return {
    programs: { zsh: { enable: true }, fish: { enable: true } },
    environment: { shells: [pkgs.bashInteractive, pkgs.zsh, pkgs.fish, pkgs.nushell] },
  };
}

export const nixosLoginShells = nixosPart(({ pkgs }) => loginShells(pkgs));

export const darwinLoginShells = darwinPart(({ pkgs }) => loginShells(pkgs));
