import { homeManagerPart } from '@cdknix/constructs';

export const navigation = homeManagerPart(() => ({
  programs: {
    zoxide: { enable: true },
    fzf: { enable: true },
    carapace: { enable: true },
  },
}));
