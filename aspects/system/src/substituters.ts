/**
 * The binary caches every machine trusts, with their public keys. Shared by the NixOS and
 * nix-darwin parts so that a laptop and a server never disagree about where builds come from.
 */
export const substituters: readonly string[] = [
  'https://cache.nixos.org',
  'https://nix-community.cachix.org',
  'https://cameronraysmith.cachix.org',
];

export const trustedPublicKeys: readonly string[] = [
  'cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=',
  'nix-community.cachix.org-1:mB9FSh9qf2dCimDSUo8Zy7bkq5CX+/rkCWyvRCYg3Fs=',
  'cameronraysmith.cachix.org-1:aC8ZcRCVcQql77Qn//Q1jrKkiDGir+pIUjhUunN6aio=',
];
