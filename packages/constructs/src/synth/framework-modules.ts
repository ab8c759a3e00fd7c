import { mkDefault } from '@cdknix/modules';
import { pkgs } from '@cdknix/nix';
import type { HostInfo, ModuleValue, UserInfo } from '../definitions/part-context.js';
import type { Host, HostUser } from '../fleet/host.js';

const frameworkFile = '@cdknix/constructs: host identity';

/** Shells that need their `programs.<shell>.enable` on the system for a login shell to work. */
const systemShellPrograms = new Set(['zsh', 'fish']);

function systemUser(host: HostInfo, user: UserInfo): Record<string, unknown> {
  const common = {
    description: user.fullName,
    home: user.homeDirectory,
    shell: pkgs[user.shell],
    openssh: { authorizedKeys: { keys: [...user.sshKeys] } },
  };
  if (host.class === 'darwin') return { ...common, name: user.name };
  return { ...common, isNormalUser: true, extraGroups: user.admin ? ['wheel'] : [] };
}

/**
 * What every host gets from being a host: its name, platform, state version, its users
 * with their shells and keys, and trusted Nix users for administrators.
 */
export function hostIdentityModule(host: Host): ModuleValue {
  const { info, spec } = host;
  const users = host.users.map((user) => user.info);
  const shells = [
    ...new Set(users.map((user) => user.shell).filter((shell) => systemShellPrograms.has(shell))),
  ].sort();
  const admins = users.filter((user) => user.admin).map((user) => user.name);
  const config: Record<string, unknown> = {
    networking: { hostName: info.name },
    nixpkgs: { hostPlatform: info.system },
    system: { stateVersion: spec.stateVersion },
    users: { users: Object.fromEntries(users.map((user) => [user.name, systemUser(info, user)])) },
    programs: Object.fromEntries(shells.map((shell) => [shell, { enable: true }])),
  };
  if (admins.length > 0) config.nix = { settings: { 'trusted-users': ['root', ...admins] } };
  if (info.class === 'darwin' && admins[0])
    (config.system as Record<string, unknown>).primaryUser = mkDefault(admins[0]);
  return { _file: frameworkFile, config };
}

/** What every home configuration gets: the user's name, home and state version. */
export function homeIdentityModule(user: HostUser, stateVersion: string): ModuleValue {
  return {
    _file: frameworkFile,
    config: {
      home: { username: user.info.name, homeDirectory: user.info.homeDirectory, stateVersion },
    },
  };
}
