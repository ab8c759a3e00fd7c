import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OptionsDocument } from '../read/option-record.js';
import { readOptionsDocument } from '../read/read-options-document.js';

/** The read-only option data shipped with the workspace (`../shared/nix-options`). */
export function sharedOptionsDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'shared', 'nix-options');
    if (existsSync(candidate)) return candidate;
    const parent = resolve(directory, '..');
    if (parent === directory) throw new Error('no shared/nix-options directory above this package');
    directory = parent;
  }
}

export function readSharedOptions(fileName: string): OptionsDocument {
  return readOptionsDocument(
    readFileSync(join(sharedOptionsDirectory(), fileName), 'utf8'),
    fileName,
  );
}
