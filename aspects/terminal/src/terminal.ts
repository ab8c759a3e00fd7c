import { defineAspect } from '@cdknix/constructs';
import { fileViewing } from './file-viewing.js';
import { gitInterfaces } from './git-interfaces.js';
import { monitors } from './monitors.js';
import { multiplexers } from './multiplexers.js';
import { search } from './search.js';
import { terminalUtilities } from './terminal-utilities.js';

export const terminal = defineAspect({
  name: 'terminal',
  description:
    'Terminal utilities: bat, eza, yazi, ripgrep, fd, tmux, zellij, btop, lazygit and small Unix tools.',
  parts: [fileViewing, search, multiplexers, monitors, gitInterfaces, terminalUtilities],
});
