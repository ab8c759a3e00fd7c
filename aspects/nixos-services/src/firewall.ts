import { nixosPart } from '@cdknix/constructs';

/**
 * Closed by default. Hosts open ports through `aspects.nixos-services.openTCPPorts`, read
 * lazily so that a host's own setting is seen here (decision 0001).
 */
export const firewall = nixosPart(({ config }) => ({
  networking: {
    firewall: {
      enable: true,
      allowPing: true,
      logRefusedConnections: false,
      allowedTCPPorts: () => config.aspects['nixos-services'].openTCPPorts,
    },
  },
}));
