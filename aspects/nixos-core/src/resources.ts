import { nixosPart } from '@cdknix/constructs';

/** Small machines: compressed swap in RAM, bounded logs, no local documentation. */
export const resources = nixosPart(() => ({
  zramSwap: { enable: true, memoryPercent: 50 },
  services: { journald: { extraConfig: 'SystemMaxUse=1G\nMaxRetentionSec=1month' } },
  documentation: { nixos: { enable: false }, info: { enable: false }, doc: { enable: false } },
}));
