import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { evaluateJson } from '@cdknix/nix-testing';
import { run, runOrThrow } from './run.js';

/** A fleet in its own folder, outside the workspace, installing from a registry. */
export class OutsideFleet {
  constructor(
    readonly root: string,
    private readonly pnpm: string,
  ) {}

  write(files: Record<string, string>): this {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), content);
    }
    return this;
  }

  /** `pnpm <args>` in the fleet; throws with the output when it fails. */
  pnpmOrThrow(...args: string[]) {
    return runOrThrow(this.pnpm, args, this.root);
  }

  /** `pnpm exec cdknix <args>`: the CLI the fleet installed, from its built JavaScript. */
  cdknix(...args: string[]) {
    return run(this.pnpm, ['exec', 'cdknix', ...args], this.root);
  }

  /** Every file under a folder of the fleet, relative to it, sorted. */
  files(folder: string): string[] {
    const directory = join(this.root, folder);
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
      .sort();
  }
}

/**
 * What a synthesized NixOS module sets, evaluated by real Nix: the module is called with a
 * stand-in `lib` whose priority and order wrappers return nixpkgs' own `_type` records, and
 * `selection` (a Nix function of the module's result) picks what to compare.
 */
export function evaluateHostModule(file: string, selection: string): unknown {
  return evaluateJson(
    `let
      lib = rec {
        mkOverride = priority: content: { _type = "override"; inherit priority content; };
        mkDefault = mkOverride 1000;
        mkForce = mkOverride 50;
        mkOrder = priority: content: { _type = "order"; inherit priority content; };
        mkBefore = mkOrder 500;
        mkAfter = mkOrder 1500;
      };
      module = import ${JSON.stringify(file)} { inherit lib; inputs = { }; pkgs = { }; config = { }; };
    in (${selection}) module`,
    dirname(file),
  );
}
