import { nixosPart } from '@cdknix/constructs';

/** Ban brute-force sources, longer on each offence; never the fleet's own VPN network. */
export const fail2ban = nixosPart(() => ({
  services: {
    fail2ban: {
      enable: true,
      maxretry: 5,
      bantime: '1h',
      'bantime-increment': { enable: true, maxtime: '168h', overalljails: true },
      ignoreIP: ['127.0.0.0/8', '10.147.17.0/24'],
    },
  },
}));
