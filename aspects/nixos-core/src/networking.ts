import { nixosPart } from '@cdknix/constructs';
import { mkDefault } from '@cdknix/modules';

/** systemd-networkd with DHCP by default; nftables as the firewall backend. */
export const networking = nixosPart(() => ({
  networking: {
    useNetworkd: true,
    useDHCP: mkDefault(true),
    nftables: { enable: true },
  },
  systemd: { network: { enable: true, 'wait-online': { anyInterface: true } } },
  services: { resolved: { enable: true, dnssec: 'allow-downgrade' } },
}));
