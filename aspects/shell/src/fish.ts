import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Abbreviations, which fish expands in place, for the commands typed with arguments. */
export const fish = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      fish: {
        enable: true,
        interactiveShellInit: 'set -g fish_greeting',
        shellAbbrs: { gco: 'git checkout', gst: 'git status', gp: 'git push', nrs: 'nh os switch' },
        functions: { mkcd: 'mkdir -p $argv[1]; and cd $argv[1]' },
      },
    },
  }),
);
