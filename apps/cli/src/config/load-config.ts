import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultOptionSets, type OptionSets } from '@cdknix/constructs';

/** A fleet's layout, from `cdknix.config.ts` (or `.mjs`/`.js`) at its root; every field optional. */
export interface CdknixConfig {
  /** Folders holding one package per host (default `['machines']`); `_`-folders are ignored. */
  machines?: string[];
  /** Where `synth` writes (default `out`). */
  out?: string;
  /**
   * The Nix-side option declarations per class, replacing the shipped ones class by class:
   * for example bindings generated with `cdknix import` from your own NixOS `options.json`.
   */
  optionSets?: Partial<OptionSets>;
}

export interface ResolvedConfig {
  machines: string[];
  out: string;
  optionSets: OptionSets;
}

export const defineConfig = (config: CdknixConfig): CdknixConfig => config;

const configNames = ['cdknix.config.ts', 'cdknix.config.mjs', 'cdknix.config.js'];

export async function loadConfig(root: string): Promise<ResolvedConfig> {
  let loaded: CdknixConfig = {};
  for (const name of configNames) {
    const file = join(root, name);
    if (!existsSync(file)) continue;
    loaded = ((await import(pathToFileURL(file).href)) as { default?: CdknixConfig }).default ?? {};
    break;
  }
  return {
    machines: loaded.machines ?? ['machines'],
    out: loaded.out ?? 'out',
    optionSets: { ...defaultOptionSets, ...loaded.optionSets },
  };
}
