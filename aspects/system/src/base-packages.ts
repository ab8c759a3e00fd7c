import { darwinPart, nixosPart } from '@cdknix/constructs';

/** What an administrator needs on any machine before a home configuration exists. */
function basePackages(pkgs: any) {
  return [
    pkgs.coreutils,
    pkgs.curl,
    pkgs.git,
    pkgs.gnumake,
    pkgs.htop,
    pkgs.rsync,
    pkgs.vim,
    pkgs.wget,
  ];
}

export const nixosBasePackages = nixosPart(({ pkgs }) => ({
  environment: {
    systemPackages: [...basePackages(pkgs), pkgs.pciutils, pkgs.usbutils, pkgs.lsof, pkgs.strace],
  },
}));

export const darwinBasePackages = darwinPart(({ pkgs }) => ({
  environment: { systemPackages: [...basePackages(pkgs), pkgs.mas, pkgs.darwin.trash] },
}));
