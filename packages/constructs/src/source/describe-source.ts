import { relative, sep } from 'node:path';
import type { CallSite } from './call-site.js';
import { packageOfFile } from './package-of-file.js';

/**
 * A stable, machine-independent label for a call site: `aspects/ai: src/claude-code.ts:12`
 * (workspace folder of the package, then the file inside it); for a package installed from a
 * registry, its name instead of the folder (`@cdknix/aspect-ai: dist/claude-code.js:12`). No
 * absolute paths, so the output is the same on every machine.
 */
export function describeSource(site: CallSite, root: string): string {
  const owner = packageOfFile(site.file);
  if (!owner) return `${relative(root, site.file).split(sep).join('/')}:${site.line}`;
  const inside =
    !relative(root, owner.directory).startsWith('..') &&
    !owner.directory.includes(`${sep}node_modules${sep}`);
  const label = inside ? relative(root, owner.directory).split(sep).join('/') || '.' : owner.name;
  const inner = relative(owner.directory, site.file).split(sep).join('/');
  return `${label}: ${inner}:${site.line}`;
}
