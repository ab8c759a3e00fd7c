{ pkgs, ... }:
{
  calls = [
    (builtins.readFile ./motd.txt)
    (builtins.getEnv "HOME")
    (./. + "/my file.txt")
  ];
  commented = [
    # from aspects/base
    "first"
    "second"
  ];
  empty = [ ];
  negative = [
    (-1)
    2.5
    (-2.5)
  ];
  nested = [
    [
      1
      2
    ]
    [ ]
    [ [ 3 ] ]
  ];
  packages = [
    pkgs.git
    pkgs."1password"
    pkgs.python3Packages.requests
  ];
  sets = [
    { name = "a"; }
    {
      name = "b";
      value = 1;
    }
  ];
  single = [ "one" ];
}
