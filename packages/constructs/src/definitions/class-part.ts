import type { NixClass } from '../classes.js';
import { callSite } from '../source/call-site.js';
import type { ClassPart, PartBuilder } from './part-context.js';

function part<Props>(nixClass: NixClass, build: PartBuilder<Props>): ClassPart<Props> {
  return { class: nixClass, build, site: callSite(1) };
}

/**
 * Parts of an aspect written in their own files (`claude-code.ts`, `mcp-servers.ts`):
 * `export const claudeCode = homeManagerPart(({ pkgs }) => ({ home: { packages: [pkgs.claude-code] } }))`.
 * Each remembers the file:line it was written at, for provenance comments and errors.
 */
export const nixosPart = <Props = unknown>(build: PartBuilder<Props>) => part('nixos', build);
export const darwinPart = <Props = unknown>(build: PartBuilder<Props>) => part('darwin', build);
export const homeManagerPart = <Props = unknown>(build: PartBuilder<Props>) =>
  part('homeManager', build);
