import { homeManagerPart } from '@cdknix/constructs';

export const github = homeManagerPart(() => ({
  programs: {
    gh: { enable: true, settings: { git_protocol: 'ssh', prompt: 'enabled' } },
    'gh-dash': { enable: true },
  },
}));
