import type { Definable } from '@cdknix/modules';
import type { Options } from '@cdknix/options-home-manager';

/**
 * A home-manager module body as the fleet's aspects write it: home-manager's own options,
 * type-checked against the generated bindings (a misspelled option fails `tsc`), plus the
 * aspects' options under `aspects.*`, which exist only in TypeScript and are declared by
 * each aspect with `mkOption`.
 *
 * ```ts
 * export const direnv = homeManagerPart(() => ({
 *   programs: { direnv: { enable: true } },
 * }) satisfies HomeManagerConfig);
 * ```
 */
export type HomeManagerSettings = { [Name in keyof Options]: Options[Name] } & {
  aspects?: Record<string, unknown>;
};

/**
 * A part's module: the settings directly, or under `config` when the whole module is
 * conditional (`config: mkIf(() => ..., { programs: { uv: { enable: true } } })`).
 */
export type HomeManagerConfig = HomeManagerSettings | { config: Definable<HomeManagerSettings> };
