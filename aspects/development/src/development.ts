import { defineAspect } from '@cdknix/constructs';
import { developerTools } from './developer-tools.js';
import { developmentOptions } from './development-options.js';
import { direnv } from './direnv.js';
import { editors } from './editors.js';
import { git } from './git.js';
import { github } from './github.js';
import { jujutsu } from './jujutsu.js';
import { nixTooling } from './nix-tooling.js';
import { toolchainPins } from './toolchain-pins.js';
import {
  goPrograms,
  pythonPrograms,
  toolchainsPart,
  typescriptPrograms,
} from './toolchains-part.js';

/** Version control, editors, direnv, Nix tooling and the language toolchains a user picks. */
export const development = defineAspect({
  name: 'development',
  description:
    'git, jj, GitHub CLI, Neovim and Helix, direnv, Nix tooling and per-user language toolchains.',
  options: developmentOptions,
  overlays: [toolchainPins],
  parts: [
    git,
    github,
    jujutsu,
    direnv,
    editors,
    nixTooling,
    developerTools,
    toolchainsPart,
    pythonPrograms,
    goPrograms,
    typescriptPrograms,
  ],
});
