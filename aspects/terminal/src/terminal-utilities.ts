import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

/** Small command-line utilities, each replacing or completing a classic Unix tool. */
export const terminalUtilities = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    home: {
      packages: [
        pkgs.bandwhich,
        pkgs.choose,
        pkgs.curlie,
        pkgs.doggo,
        pkgs['du-dust'],
        pkgs.duf,
        pkgs.entr,
        pkgs.file,
        pkgs.glow,
        pkgs.gnused,
        pkgs.gnutar,
        pkgs.gum,
        pkgs.lnav,
        pkgs.moreutils,
        pkgs.ncdu,
        pkgs.procs,
        pkgs.pv,
        pkgs.sd,
        pkgs.tree,
        pkgs.unzip,
        pkgs.viddy,
        pkgs.xh,
        pkgs.zip,
        pkgs.zstd,
        pkgs.fastfetch,
        pkgs.ouch,
        pkgs.rsync,
        pkgs.parallel,
        pkgs.watch,
        pkgs.less,
      ],
    },
  }),
);
