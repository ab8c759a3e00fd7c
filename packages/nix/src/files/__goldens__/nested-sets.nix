{
  "2fa".enable = false;
  __toString = self: "x";
  "a.b".c = { };
  programs.git.enable = true;
  services = {
    "if"."then"."else" = null;
    nginx = {
      enable = true;
      virtualHosts."example.org".locations."/".root = /var/www;
    };
  };
}
