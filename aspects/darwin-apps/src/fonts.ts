import { darwinPart } from '@cdknix/constructs';

export const fonts = darwinPart(({ pkgs }) => ({
  fonts: {
    packages: [
      pkgs['nerd-fonts']['jetbrains-mono'],
      pkgs['nerd-fonts']['fira-code'],
      pkgs['nerd-fonts']['symbols-only'],
      pkgs.inter,
      pkgs['ibm-plex'],
      pkgs['source-serif'],
      pkgs.lato,
    ],
  },
}));
