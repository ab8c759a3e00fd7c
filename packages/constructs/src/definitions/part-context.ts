import type { NixClass } from '../classes.js';
import type { CallSite } from '../source/call-site.js';

/** What a host looks like from inside a module: its identity and the data it publishes. */
export interface HostInfo {
  name: string;
  class: 'nixos' | 'darwin';
  system: string;
  /** Free-form facts a host publishes to others (ssh host key, VPN member id, ...). */
  facts: Readonly<Record<string, string>>;
}

/** What a home-manager user looks like from inside a module. */
export interface UserInfo {
  name: string;
  fullName: string;
  email: string;
  shell: string;
  sshKeys: readonly string[];
  admin: boolean;
  homeDirectory: string;
}

/**
 * The typed arguments of every class part: no ambient `specialArgs`, everything a part
 * needs is passed here explicitly. `config` and `options` are the evaluation's lazy views
 * (read them inside thunks: decision 0001).
 */
export interface PartContext<Props = unknown> {
  config: any;
  options: any;
  pkgs: any;
  host: HostInfo;
  /** The user whose home configuration this is (homeManager parts only). */
  user: UserInfo | undefined;
  props: Props;
}

/** A module as the evaluator accepts it (object, or function of the evaluation arguments). */
export type ModuleValue = Record<string, unknown> | ((args: any) => Record<string, unknown>);

export type PartBuilder<Props = unknown> = (context: PartContext<Props>) => ModuleValue;

/** One class's module of an aspect, with where it was written. */
export interface ClassPart<Props = unknown> {
  readonly class: NixClass;
  readonly build: PartBuilder<Props>;
  readonly site: CallSite | undefined;
  /**
   * Where the part's function is written in the call at `site`: under these properties of its
   * argument (`['nixos']` in `defineAspect({ nixos: ... })`), or the argument itself
   * (`nixosPart(...)`).
   */
  readonly within?: readonly string[];
}
