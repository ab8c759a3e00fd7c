import { evaluateJson } from '@cdknix/nix-testing';

/**
 * Evaluate a synthesized flake's outputs with stand-in inputs (no network): the builders
 * return their arguments, modules are placeholders. Lists the names under each output.
 */
export function flakeOutputNames(outDirectory: string): Record<string, string[]> {
  const expression = `
    let
      flake = import ${JSON.stringify(`${outDirectory}/flake.nix`)};
      system = s: { activate = { nixos = c: c; darwin = c: c; }; };
      systems = { x86_64-linux = system "x86_64-linux"; aarch64-linux = system "aarch64-linux"; aarch64-darwin = system "aarch64-darwin"; x86_64-darwin = system "x86_64-darwin"; };
      stub = {
        lib = { nixosSystem = args: { inherit args; }; darwinSystem = args: { inherit args; }; } // systems;
        nixosModules.home-manager = { };
        darwinModules.home-manager = { };
        legacyPackages = { };
      };
      inputs = builtins.mapAttrs (name: value: stub) flake.inputs;
      outputs = flake.outputs (inputs // { self = outputs; });
      names = attribute: if outputs ? \${attribute} then builtins.attrNames outputs.\${attribute} else [ ];
    in {
      nixosConfigurations = names "nixosConfigurations";
      darwinConfigurations = names "darwinConfigurations";
      deployNodes = if outputs ? deploy then builtins.attrNames outputs.deploy.nodes else [ ];
      colmena = names "colmena";
      inputs = builtins.attrNames flake.inputs;
      modulesOfFirstHost = map builtins.typeOf (builtins.head (map (host: host.args.modules) (builtins.attrValues (outputs.nixosConfigurations or outputs.darwinConfigurations))));
    }`;
  return evaluateJson(expression, outDirectory) as Record<string, string[]>;
}
