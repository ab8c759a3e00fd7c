import type { z } from 'zod';
import type { NixClass } from '../classes.js';
import { type CallSite, callSite } from '../source/call-site.js';
import type { RoleAssignment } from './define-service.js';
import type { FlakeInput, OverlayDefinition } from './flake-input.js';
import type { ClassPart, PartBuilder } from './part-context.js';

const aspectBrand = Symbol.for('@cdknix/constructs.Aspect');

export interface AspectProps<Schema extends z.ZodType> {
  /** The aspect's name: `ai`, `shell`, `darwin-homebrew`. Unique in a fleet. */
  name: string;
  description?: string;
  /** Typed props, validated at synth; errors name the construct path. */
  props?: Schema;
  /**
   * Options of the aspect's own, declared with the evaluator's `mkOption` and placed at
   * `aspects.<name>` in every class the aspect touches, so hosts, users and other aspects
   * can read and override them.
   */
  options?: Record<string, unknown>;
  nixos?: PartBuilder<z.output<Schema>>;
  darwin?: PartBuilder<z.output<Schema>>;
  homeManager?: PartBuilder<z.output<Schema>>;
  /** Parts written in other files (`homeManagerPart(...)`). */
  parts?: readonly ClassPart<z.output<Schema>>[];
  /** Other aspects this one brings along. */
  includes?: readonly AspectReference[];
  inputs?: Readonly<Record<string, FlakeInput>>;
  overlays?: readonly OverlayDefinition[];
  /** Service roles every host using this aspect takes (fleet-wide known-hosts, for example). */
  services?: readonly RoleAssignment[];
}

/** An aspect as used by a host, user or other aspect: the aspect and its props. */
export interface AspectUse {
  readonly aspect: Aspect<any>;
  readonly props: unknown;
  readonly site: CallSite | undefined;
}

export type AspectReference = Aspect<any> | AspectUse;

export interface Aspect<Schema extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string | undefined;
  readonly propsSchema: Schema | undefined;
  readonly options: Record<string, unknown> | undefined;
  readonly parts: readonly ClassPart<z.output<Schema>>[];
  readonly includes: readonly AspectReference[];
  readonly inputs: Readonly<Record<string, FlakeInput>>;
  readonly overlays: readonly OverlayDefinition[];
  readonly services: readonly RoleAssignment[];
  readonly site: CallSite | undefined;
  /** This aspect with props: `homebrew.with({ casks: ['firefox'] })`. */
  with(props: z.input<Schema>): AspectUse;
  /** The classes this aspect has parts for. */
  readonly classes: readonly NixClass[];
}

export function isAspect(value: unknown): value is Aspect<any> {
  return typeof value === 'object' && value !== null && aspectBrand in value;
}

/**
 * Define a feature once for every class it touches:
 *
 * ```ts
 * export const shell = defineAspect({
 *   name: 'shell',
 *   nixos: ({ pkgs }) => ({ programs: { zsh: { enable: true } } }),
 *   homeManager: ({ pkgs }) => ({ programs: { zsh: { enable: true } } }),
 * });
 * ```
 */
export function defineAspect<Schema extends z.ZodType = z.ZodType<Record<string, never>>>(
  definition: AspectProps<Schema>,
): Aspect<Schema> {
  const site = callSite();
  const inline: ClassPart<z.output<Schema>>[] = [];
  for (const nixClass of ['nixos', 'darwin', 'homeManager'] as const) {
    const build = definition[nixClass];
    if (build) inline.push({ class: nixClass, build, site, within: [nixClass] });
  }
  const parts = [...inline, ...(definition.parts ?? [])];
  const aspect: Aspect<Schema> = {
    name: definition.name,
    description: definition.description,
    propsSchema: definition.props,
    options: definition.options,
    parts,
    includes: definition.includes ?? [],
    inputs: definition.inputs ?? {},
    overlays: definition.overlays ?? [],
    services: definition.services ?? [],
    site,
    classes: [...new Set(parts.map((part) => part.class))].sort(),
    with: (props) => ({ aspect, props, site: callSite() }),
  };
  Object.defineProperty(aspect, aspectBrand, { value: true });
  return Object.freeze(aspect);
}

export function toAspectUse(reference: AspectReference): AspectUse {
  return isAspect(reference) ? { aspect: reference, props: undefined, site: undefined } : reference;
}
