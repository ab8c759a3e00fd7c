import { nixosPart } from '@cdknix/constructs';

export const maintenance = nixosPart(() => ({
  services: { fstrim: { enable: true, interval: 'weekly' } },
  systemd: { coredump: { extraConfig: 'Storage=none' } },
}));
