import { defineService, type RoleContext } from '@cdknix/constructs';
import { authorizeMembersScript } from './authorize-members.js';
import type { ZerotierInstanceSettings } from './zerotier-settings.js';
import { instanceSettingsSchema } from './zerotier-settings.js';

type Context = RoleContext<unknown, ZerotierInstanceSettings>;

/** Every NixOS member runs the daemon joined to the instance's network. */
function nixosMember({ instance }: Context) {
  return {
    services: { zerotierone: { enable: true, joinNetworks: [instance.settings.networkId] } },
    networking: { firewall: { allowedUDPPorts: [9993], trustedInterfaces: ['zt+'] } },
  };
}

/** nix-darwin has no ZeroTier module: the laptops run the official app, from a cask. */
function darwinMember() {
  return { homebrew: { casks: ['zerotier-one'] } };
}

/**
 * A ZeroTier network with one self-hosted controller: the controller joins its own network
 * and authorizes every member it learns from the fleet; peers join. Instance settings name
 * the network; each host publishes its member id as the `zerotierMemberId` fact.
 */
export const zerotier = defineService({
  name: 'zerotier',
  settings: instanceSettingsSchema,
  roles: {
    controller: {
      description: 'Runs the network controller and authorizes every member of the instance.',
      min: 1,
      max: 1,
      nixos: (context: Context) => ({
        ...nixosMember(context),
        systemd: {
          services: {
            'zerotier-authorize-members': {
              description: 'Authorize the fleet members on the ZeroTier controller',
              after: ['zerotierone.service'],
              wants: ['zerotierone.service'],
              wantedBy: ['multi-user.target'],
              path: [context.pkgs.curl],
              serviceConfig: { Type: 'oneshot', RemainAfterExit: true },
              script: authorizeMembersScript(context.instance.settings.networkId, [
                ...(context.members.controller ?? []),
                ...(context.members.peer ?? []),
              ]),
            },
          },
        },
      }),
    },
    peer: {
      description: 'Joins the network; authorized by the controller.',
      nixos: nixosMember,
      darwin: darwinMember,
    },
  },
});
