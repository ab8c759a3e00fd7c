import { homeManagerPart } from '@cdknix/constructs';

export const homeBasics = homeManagerPart(() => ({
  programs: { 'home-manager': { enable: true }, man: { enable: true } },
  manual: { manpages: { enable: true } },
  news: { display: 'silent' },
}));
