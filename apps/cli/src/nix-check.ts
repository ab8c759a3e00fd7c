import { spawnSync } from 'node:child_process';

/** Real Nix parses every file (one process for all); returns the failures, empty when all parse. */
export function nixParseFailures(files: readonly string[]): string[] {
  const failures: string[] = [];
  for (const file of files) {
    const result = spawnSync('nix-instantiate', ['--parse', file], { encoding: 'utf8' });
    if (result.status !== 0) failures.push(`${file}: ${result.stderr.trim().split('\n')[0]}`);
  }
  return failures;
}

/** `nix-instantiate --eval --strict --json` of an expression, parsed. */
export function nixEvalJson(expression: string, cwd: string): unknown {
  const result = spawnSync('nix-instantiate', ['--eval', '--strict', '--json', '-E', expression], {
    encoding: 'utf8',
    cwd,
  });
  if (result.status !== 0) throw new Error(`nix-instantiate --eval failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

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
  return nixEvalJson(expression, outDirectory) as Record<string, string[]>;
}
