import { defineAspect } from '@cdknix/constructs';
import { fonts } from './fonts.js';
import { homeBasics } from './home-basics.js';
import { sshClient } from './ssh-client.js';
import { xdg } from './xdg.js';

export const core = defineAspect({
  name: 'core',
  description:
    'The base of every home: XDG directories, the SSH client, fonts and home-manager itself.',
  parts: [xdg, sshClient, fonts, homeBasics],
});
