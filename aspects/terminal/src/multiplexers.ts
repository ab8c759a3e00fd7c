import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** tmux for remote sessions (it survives SSH drops), zellij for local layouts. */
export const multiplexers = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    programs: {
      tmux: {
        enable: true,
        terminal: 'tmux-256color',
        keyMode: 'vi',
        mouse: true,
        escapeTime: 0,
        baseIndex: 1,
        historyLimit: 50000,
        clock24: true,
        plugins: [
          pkgs.tmuxPlugins.sensible,
          pkgs.tmuxPlugins.resurrect,
          pkgs.tmuxPlugins['vim-tmux-navigator'],
        ],
      },
      zellij: { enable: true, settings: { default_layout: 'compact', pane_frames: false } },
    },
  }),
);
