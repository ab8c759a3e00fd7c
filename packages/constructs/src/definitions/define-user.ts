import { type CallSite, callSite } from '../source/call-site.js';
import type { AspectReference } from './define-aspect.js';
import type { ModuleValue } from './part-context.js';

export interface UserDefinition {
  /** Login name: a safe name, the folder of the user's home module too. */
  name: string;
  fullName: string;
  email: string;
  /** Login shell package name in `pkgs` (`zsh`, `fish`, `bashInteractive`, `nushell`). */
  shell: string;
  sshKeys?: readonly string[];
  /** Administrators get `wheel` on NixOS and are trusted Nix users. */
  admin?: boolean;
  /** The aspects this user wants in their home configuration. */
  aspects?: readonly AspectReference[];
  /** The user's own home-manager settings (a module), applied after their aspects. */
  homeManager?: ModuleValue;
  /** Defaults to `/home/<name>` on NixOS and `/Users/<name>` on darwin. */
  homeDirectory?: { nixos?: string; darwin?: string };
}

export interface User extends Required<Omit<UserDefinition, 'homeManager' | 'homeDirectory'>> {
  readonly homeManager: ModuleValue | undefined;
  readonly homeDirectory: { nixos?: string; darwin?: string };
  readonly site: CallSite | undefined;
}

/**
 * A home-manager user with its own identity and aspects; hosts list the users they carry.
 * `site` is where the user is written (see `defineHost`).
 */
export function defineUser(definition: UserDefinition, site = callSite()): User {
  return Object.freeze({
    sshKeys: [],
    admin: false,
    aspects: [],
    homeDirectory: {},
    ...definition,
    homeManager: definition.homeManager,
    site,
  });
}
