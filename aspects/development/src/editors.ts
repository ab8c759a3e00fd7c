import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Neovim is the default editor; Helix is there, configured, for those who prefer it. */
export const editors = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    programs: {
      neovim: {
        enable: true,
        defaultEditor: true,
        viAlias: true,
        vimAlias: true,
        extraPackages: [
          pkgs['lua-language-server'],
          pkgs.nixd,
          pkgs['nixfmt-rfc-style'],
          pkgs.stylua,
          pkgs['tree-sitter'],
          pkgs.marksman,
          pkgs['yaml-language-server'],
          pkgs.taplo,
        ],
      },
      helix: {
        enable: true,
        settings: {
          theme: 'catppuccin_mocha',
          editor: { 'line-number': 'relative', cursorline: true },
        },
        languages: {
          language: [{ name: 'nix', 'auto-format': true, formatter: { command: 'nixfmt' } }],
        },
      },
    },
  }),
);
