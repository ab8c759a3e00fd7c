import { zerotier } from '@cdknix/aspect-zerotier';

/**
 * The fleet's VPN. A ZeroTier network id begins with its controller's member id:
 * `db4a2c1f9e` is cinnabar's (see its facts), `6f1a2b` numbers the network.
 */
export const vpn = zerotier.instance('fleet-vpn', { networkId: 'db4a2c1f9e6f1a2b', domain: 'zt' });
