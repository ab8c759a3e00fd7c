import type { HomeManagerConfig } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';
import { sharedAliases } from './aliases.js';

/**
 * `home.shellAliases` reaches bash, zsh and fish; nushell takes its own option. Both read the
 * user's extra aliases lazily (a user module sets them after this part is written).
 */
export const sharedAliasesPart = homeManagerPart(({ config }): HomeManagerConfig => {
  const aliases = () => ({ ...sharedAliases, ...config.aspects.shell.extraAliases });
  return {
    home: { shellAliases: aliases },
    programs: { nushell: { shellAliases: aliases } },
  };
});
