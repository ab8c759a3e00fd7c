import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * For tests: fleets written file by file under the cli package's `.tmp/` (so that
 * `@cdknix/constructs` resolves from them); `remove()` deletes them all.
 */
export function scratchFleets(prefix: string) {
  const scratch = resolve(dirname(fileURLToPath(import.meta.url)), '../../.tmp');
  mkdirSync(scratch, { recursive: true });
  const fleets = mkdtempSync(join(scratch, prefix));
  return {
    write(name: string, files: Record<string, string>): string {
      const root = join(fleets, name);
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      return root;
    },
    remove: () => rmSync(fleets, { recursive: true, force: true }),
  };
}
