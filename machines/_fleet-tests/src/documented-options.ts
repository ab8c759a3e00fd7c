import { readFileSync } from 'node:fs';
import type { OptionPath } from './collect-option-paths.js';

/** `a.b."c.d".<name>` as attribute names: dots inside quotes belong to the name. */
export function parseOptionPath(text: string): OptionPath {
  return [...text.matchAll(/"([^"]*)"|([^.]+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/**
 * The option paths listed under "Options the fleet sets" in docs/reference-fleet.md, per
 * table heading (`NixOS`, `nix-darwin`).
 */
export function documentedOptions(markdownFile: string): Record<string, OptionPath[]> {
  const tables: Record<string, OptionPath[]> = {};
  let heading: string | undefined;
  for (const line of readFileSync(markdownFile, 'utf8').split('\n')) {
    const title = /^### (.+)$/.exec(line);
    if (title) heading = title[1];
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (heading && row) {
      tables[heading] = [...(tables[heading] ?? []), parseOptionPath(row[1]!)];
    }
  }
  return tables;
}

/** `<name>` matches any one attribute name. */
function segmentMatches(pattern: string, name: string): boolean {
  return pattern === '<name>' || pattern === name;
}

/**
 * Whether `path` is an option of `options` or lies inside the value of one (`nix.settings`
 * covers nothing by itself, but `boot.kernel.sysctl` covers `boot.kernel.sysctl."kernel.x"`).
 */
export function isCoveredBy(path: OptionPath, options: readonly OptionPath[]): boolean {
  return options.some(
    (option) =>
      option.length <= path.length &&
      option.every((segment, index) => segmentMatches(segment, path[index]!)),
  );
}
