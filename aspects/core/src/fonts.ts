import { homeManagerPart } from '@cdknix/constructs';

export const fonts = homeManagerPart(({ pkgs }) => ({
  fonts: { fontconfig: { enable: true } },
  home: {
    packages: [
      pkgs['nerd-fonts']['jetbrains-mono'],
      pkgs['nerd-fonts']['fira-code'],
      pkgs['nerd-fonts'].monaspace,
      pkgs['noto-fonts'],
      pkgs['noto-fonts-color-emoji'],
      pkgs['source-code-pro'],
    ],
  },
}));
