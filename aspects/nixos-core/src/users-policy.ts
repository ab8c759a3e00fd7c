import { nixosPart } from '@cdknix/constructs';

/** Users exist only as declared; administrators sudo with their SSH-authenticated session. */
export const usersPolicy = nixosPart(() => ({
  users: { mutableUsers: false },
  security: { sudo: { wheelNeedsPassword: false, execWheelOnly: true } },
}));
