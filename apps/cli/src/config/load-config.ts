import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultOptionSets, type OptionSets, type Problem } from '@cdknix/constructs';
import { z } from 'zod';

/** A fleet's layout, from `cdknix.config.ts` (or `.mjs`/`.js`) at its root; every field optional. */
export interface CdknixConfig {
  /**
   * Folders holding one package per host: each folder inside with a package.json is a host
   * whose `.` export (or `main`) default-exports `defineHost(...)`; `_`-folders are ignored.
   * Default `['machines']`, or none when `hosts` is given.
   */
  machines?: string[];
  /**
   * Hosts anywhere else, as glob patterns relative to the fleet root: files whose default
   * export is `defineHost(...)` (`'hosts/*.ts'`), or package folders (`'fleet/servers/*'`).
   */
  hosts?: string[];
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
  hosts: string[];
  out: string;
  optionSets: OptionSets;
  /** What is wrong with the config file; synth stops on them. */
  problems: Problem[];
}

export const defineConfig = (config: CdknixConfig): CdknixConfig => config;

const configNames = ['cdknix.config.ts', 'cdknix.config.mjs', 'cdknix.config.js'];

const paths = z.array(z.string().min(1), {
  error: 'expected a list of paths relative to the fleet root',
});
const configSchema = z.strictObject({
  machines: paths.optional(),
  hosts: paths.optional(),
  out: z.string({ error: 'expected a folder relative to the fleet root' }).min(1).optional(),
  optionSets: z.partialRecord(z.enum(['nixos', 'darwin', 'homeManager']), z.unknown()).optional(),
});

const example =
  "export default defineConfig({ machines: ['machines'], hosts: ['hosts/*.ts'], out: 'out' })";

export async function loadConfig(root: string): Promise<ResolvedConfig> {
  const name = configNames.find((candidate) => existsSync(join(root, candidate)));
  const problem = (message: string, hint: string): Problem => ({
    severity: 'error',
    kind: 'config',
    path: name ?? 'cdknix.config.ts',
    message,
    sites: name ? [name] : [],
    hint,
  });
  let loaded: unknown = {};
  const problems: Problem[] = [];
  if (name) {
    try {
      loaded = ((await import(pathToFileURL(join(root, name)).href)) as { default?: unknown })
        .default;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      problems.push(
        problem(`loading the config failed: ${text.split('\n')[0]}`, 'fix the error in the file'),
      );
    }
    if (loaded === undefined) problems.push(problem('the config has no default export', example));
  }
  const parsed = configSchema.safeParse(loaded ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(
        problem(
          `${issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the default export'}: ${issue.message}`,
          example,
        ),
      );
  }
  const config: CdknixConfig = parsed.success ? (parsed.data as CdknixConfig) : {};
  return {
    machines: config.machines ?? (config.hosts ? [] : ['machines']),
    hosts: config.hosts ?? [],
    out: config.out ?? 'out',
    optionSets: { ...defaultOptionSets, ...config.optionSets },
    problems,
  };
}
