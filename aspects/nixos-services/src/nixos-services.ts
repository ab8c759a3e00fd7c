import { defineAspect } from '@cdknix/constructs';
import { mkOption, types } from '@cdknix/modules';
import { fail2ban } from './fail2ban.js';
import { firewall } from './firewall.js';
import { maintenance } from './maintenance.js';
import { monitoring } from './monitoring.js';
import { openssh } from './openssh.js';

/** The services every server runs: hardened SSH, firewall, fail2ban, metrics, fstrim. */
export const nixosServices = defineAspect({
  name: 'nixos-services',
  description:
    'Hardened OpenSSH, firewall, fail2ban, node metrics and disk maintenance on servers.',
  options: {
    openTCPPorts: mkOption({
      type: types.listOf(types.port),
      default: [],
      description:
        'TCP ports this server serves publicly (SSH is opened by the openssh part itself).',
    }),
    monitoring: mkOption({
      type: types.bool,
      default: true,
      description: 'Whether to run the Prometheus node exporter for the fleet monitor.',
    }),
  },
  parts: [openssh, firewall, fail2ban, monitoring, maintenance],
});
