import { nixosPart } from '@cdknix/constructs';

/**
 * Servers collect garbage on their own: small VPS disks fill up with old generations
 * within weeks of routine deploys. `persistent` catches up on a run missed while down.
 */
export const nixMaintenance = nixosPart(() => ({
  nix: {
    gc: { automatic: true, dates: 'weekly', options: '--delete-older-than 14d', persistent: true },
    optimise: { automatic: true, dates: ['03:45'] },
    settings: {
      'auto-optimise-store': true,
      'min-free': 1073741824,
      'max-free': 4294967296,
    },
  },
}));
