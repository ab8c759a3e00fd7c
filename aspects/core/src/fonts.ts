import { homeManagerPart } from '@cdknix/constructs';
import type { HomeManagerConfig } from './home-manager-config.js';

export const fonts = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
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
  }),
);
