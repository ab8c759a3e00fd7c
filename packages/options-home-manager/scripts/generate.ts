// Regenerates src/generated from the shared home-manager data (same input, same bytes).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regeneratePackage } from '@cdknix/import';
import { sharedOptionsDirectory } from '@cdknix/import/testing';

const { report } = regeneratePackage({
  optionsFile: join(sharedOptionsDirectory(), 'home-manager-25.11.options.json'),
  moduleClass: 'homeManager',
  packageDirectory: join(dirname(fileURLToPath(import.meta.url)), '..'),
});
process.stdout.write(`${JSON.stringify(report.counts)}\n`);
