/**
 * Aliases every shell gets, written once. Each must mean the same in zsh, fish, bash and
 * nushell, so only plain command substitutions belong here (no pipes, no `&&`).
 */
export const sharedAliases: Readonly<Record<string, string>> = {
  cat: 'bat --paging=never',
  dr: 'direnv reload',
  g: 'git',
  j: 'just',
  k: 'kubectl',
  l: 'eza -la',
  la: 'eza -a',
  ll: 'eza -l',
  lg: 'lazygit',
  lt: 'eza --tree --level=2',
  nb: 'nix build',
  nd: 'nix develop',
  nfu: 'nix flake update',
  tree: 'eza --tree',
  y: 'yazi',
};
