import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type GeneratedBindings,
  generateBindings,
  type ModuleClass,
} from '../generate-bindings.js';
import { readOptionsDocument } from '../read/read-options-document.js';
import { writeGeneratedFiles } from './run-import-command.js';

export interface RegeneratePackageInput {
  /** The options file (raw `options.json` or search index). */
  readonly optionsFile: string;
  readonly moduleClass: ModuleClass;
  /** The bindings package; its `src/generated` is replaced as a whole. */
  readonly packageDirectory: string;
  readonly prefixes?: readonly string[];
}

/** What each shipped `@cdknix/options-*` package runs as its `generate` script. */
export function regeneratePackage(input: RegeneratePackageInput): GeneratedBindings {
  const document = readOptionsDocument(
    readFileSync(input.optionsFile, 'utf8'),
    basename(input.optionsFile),
  );
  const bindings = generateBindings({
    document,
    moduleClass: input.moduleClass,
    prefixes: input.prefixes ?? [],
  });
  const target = join(input.packageDirectory, 'src', 'generated');
  rmSync(target, { recursive: true, force: true });
  writeGeneratedFiles(target, bindings.files);
  return bindings;
}
