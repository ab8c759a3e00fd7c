import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';

export const transfer = homeManagerPart(
  ({ pkgs }): HomeManagerConfig => ({
    programs: {
      'yt-dlp': { enable: true, settings: { 'embed-thumbnail': true, 'sub-langs': 'en' } },
      aria2: { enable: true, settings: { 'max-connection-per-server': 8, continue: true } },
    },
    home: {
      packages: [
        pkgs.restic,
        pkgs.rclone,
        pkgs['minio-client'],
        pkgs['magic-wormhole'],
        pkgs.croc,
        pkgs.syncthing,
      ],
    },
  }),
);
