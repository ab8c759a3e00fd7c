import { homeManagerPart } from '@cdknix/constructs';
import type { HomeManagerConfig } from './home-manager-config.js';

export const homeBasics = homeManagerPart(
  (): HomeManagerConfig => ({
    programs: { 'home-manager': { enable: true }, man: { enable: true } },
    manual: { manpages: { enable: true } },
    news: { display: 'silent' },
  }),
);
