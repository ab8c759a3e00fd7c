// Regenerates src/generated from the hand-written fixture (same input, same bytes).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regeneratePackage } from '@cdknix/import';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const { report } = regeneratePackage({
  optionsFile: join(packageDirectory, 'fixtures', 'reference-fleet.hand-written.options.json'),
  moduleClass: 'darwin',
  packageDirectory,
});
process.stdout.write(`${JSON.stringify(report.counts)}\n`);
