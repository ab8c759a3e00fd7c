import { homeManagerPart } from '@cdknix/constructs';

export const gitInterfaces = homeManagerPart(() => ({
  programs: {
    lazygit: {
      enable: true,
      settings: {
        gui: { showIcons: true },
        git: { pagers: [{ pager: 'delta --dark --paging=never' }] },
      },
    },
  },
}));
