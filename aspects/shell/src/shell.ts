import { defineAspect } from '@cdknix/constructs';
import { fish } from './fish.js';
import { history } from './history.js';
import { darwinLoginShells, nixosLoginShells } from './login-shells.js';
import { navigation } from './navigation.js';
import { nushell } from './nushell.js';
import { prompt } from './prompt.js';
import { sharedAliasesPart } from './shared-aliases.js';
import { shellOptions } from './shell-options.js';
import { zsh } from './zsh.js';

/**
 * zsh, fish and nushell with one set of aliases, one prompt and one history, on every class:
 * the system side makes the shells valid login shells, the home side configures them.
 */
export const shell = defineAspect({
  name: 'shell',
  description:
    'zsh, fish and nushell with shared aliases, starship, atuin and zoxide; login shells on NixOS and macOS.',
  options: shellOptions,
  parts: [
    nixosLoginShells,
    darwinLoginShells,
    sharedAliasesPart,
    zsh,
    fish,
    nushell,
    prompt,
    history,
    navigation,
  ],
});
