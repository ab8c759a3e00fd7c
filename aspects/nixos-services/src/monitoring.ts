import { nixosPart } from '@cdknix/constructs';
import { mkIf } from '@cdknix/modules';

/**
 * Host metrics for the fleet's Prometheus, reachable over the VPN only: the exporter's
 * port stays closed on the public interface.
 */
export const monitoring = nixosPart(({ config }) => ({
  config: mkIf(() => config.aspects['nixos-services'].monitoring, {
    services: {
      prometheus: {
        exporters: {
          node: {
            enable: true,
            port: 9100,
            enabledCollectors: ['systemd', 'processes'],
            openFirewall: false,
          },
        },
      },
    },
  }),
}));
