/** GUI applications every laptop gets from Homebrew casks (not packaged for macOS in nixpkgs). */
export const baseCasks: readonly string[] = [
  'aldente',
  'alt-tab',
  'betterdisplay',
  'calibre',
  'chatgpt',
  'claude',
  'cyberduck',
  'discord',
  'element',
  'fork',
  'ghostty',
  'itsycal',
  'linear-linear',
  'logseq',
  'obs',
  'obsidian',
  'orbstack',
  'podman-desktop',
  'raindropio',
  'rescuetime',
  'skim',
  'slack',
  'soundsource',
  'spotify',
  'tableplus',
  'visual-studio-code',
  'wezterm@nightly',
  'zed',
  'zen',
  'zoom',
  'zotero',
];

/** Fonts as casks, so that non-Nix applications find them in ~/Library/Fonts. */
export const fontCasks: readonly string[] = [
  'cascadia-code',
  'fira-code',
  'fira-code-nerd-font',
  'geist',
  'geist-mono',
  'inter',
  'jetbrains-mono',
  'jetbrains-mono-nerd-font',
  'monaspace',
  'roboto-mono',
  'ubuntu-mono',
].map((name) => `font-${name}`);

export const baseBrews: readonly string[] = ['mas', 'pinentry-mac'];

/** Mac App Store identifiers. */
export const baseMasApps: Readonly<Record<string, number>> = {
  bitwarden: 1352778147,
  flighty: 1358823008,
  whatsapp: 310633997,
};
