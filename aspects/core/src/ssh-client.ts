import { homeManagerPart } from '@cdknix/constructs';
import type { HomeManagerConfig } from './home-manager-config.js';

/**
 * One connection per host (multiplexed), agent keys added on first use, and agent
 * forwarding only into the fleet's own VPN names (`*.zt`).
 */
export const sshClient = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: {
      ssh: {
        enable: true,
        enableDefaultConfig: false,
        includes: ['config.d/*'],
        matchBlocks: {
          '*': {
            addKeysToAgent: 'yes',
            serverAliveInterval: 60,
            controlMaster: 'auto',
            controlPath: '~/.ssh/control-%C',
            controlPersist: '10m',
            hashKnownHosts: false,
          },
          'github.com': { user: 'git', identitiesOnly: true },
          '*.zt': { forwardAgent: true },
        },
      },
    },
  }),
);
