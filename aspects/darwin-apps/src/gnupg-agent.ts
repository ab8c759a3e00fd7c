import { darwinPart } from '@cdknix/constructs';

/** The system GnuPG agent, so that signing works in GUI Git clients too. */
export const gnupgAgent = darwinPart(() => ({
  programs: { gnupg: { agent: { enable: true, enableSSHSupport: false } } },
}));
