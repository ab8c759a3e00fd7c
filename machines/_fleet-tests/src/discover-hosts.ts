import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type HostSpec, isHostSpec } from '@cdknix/constructs';

/** `machines/`: every folder not starting with `_` is one host package. */
export const machinesDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function hostFolders(directory: string = machinesDirectory): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * Load every host package's default export, the way the synth discovers machines: adding
 * a ninth host is adding a ninth folder, nothing else.
 */
export async function loadHostSpecs(directory: string = machinesDirectory): Promise<HostSpec[]> {
  const specs: HostSpec[] = [];
  for (const folder of hostFolders(directory)) {
    const module = await import(pathToFileURL(join(directory, folder, 'src', 'index.ts')).href);
    if (!isHostSpec(module.default)) {
      throw new Error(
        `machines/${folder}/src/index.ts: the default export is not a host (expected \`export default defineHost({ ... })\`)`,
      );
    }
    specs.push(module.default);
  }
  return specs;
}
