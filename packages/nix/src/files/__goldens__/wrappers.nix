{ config, lib, ... }:
{
  boot.kernelParams = lib.mkMerge [
    (lib.mkBefore [ "quiet" ])
    [ "splash" ]
    (lib.mkOrder 1200 [ "loglevel=3" ])
    (lib.mkAfter [ "nomodeset" ])
  ];
  environment.shellAliases = lib.mkIf config.programs.git.enable {
    gd = "git diff";
    gs = "git status";
  };
  environment.variables = lib.mkForce (lib.mkBefore { EDITOR = "vim"; });
  networking.firewall.allowedTCPPorts = lib.mkForce (
    lib.mkBefore [
      22
      80
      443
    ]
  );
  programs.zsh.enable = lib.mkOverride 900 true;
  security.sudo.wheelNeedsPassword = lib.mkIf true (lib.mkForce false);
  services.openssh.ports = lib.mkOrder (-5) [ 22 ];
}
