// Regenerates src/generated from the shared home-manager data. Same input, same bytes:
// `pnpm --filter @cdknix/options-home-manager generate && git diff --exit-code src/generated`.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBindings, readOptionsDocument, writeGeneratedFiles } from '@cdknix/import';
import { sharedOptionsDirectory } from '@cdknix/import/testing';

const fileName = 'home-manager-unstable.options.json';
const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const document = readOptionsDocument(readFileSync(join(sharedOptionsDirectory(), fileName), 'utf8'), fileName);
const { files, report } = generateBindings({ document, moduleClass: 'homeManager' });
const target = join(packageDirectory, 'src', 'generated');
rmSync(target, { recursive: true, force: true });
writeGeneratedFiles(target, files);
process.stdout.write(`${JSON.stringify(report.counts)}\n`);
