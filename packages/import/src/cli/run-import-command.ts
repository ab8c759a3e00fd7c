import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportUsageError } from '../errors/import-errors.js';
import { messages } from '../errors/messages.js';
import {
  type GeneratedBindings,
  generateBindings,
  type ModuleClass,
} from '../generate-bindings.js';
import { readOptionsDocument } from '../read/read-options-document.js';

const usage =
  'cdknix import <options.json> --class <nixos|darwin|homeManager> [--prefix a.b]... [--out generated]';
const moduleClasses: readonly ModuleClass[] = ['nixos', 'darwin', 'homeManager'];

/**
 * `cdknix import`: reads an options file, writes the bindings into `--out` (default
 * `./generated`), and returns the result so the caller can print the report summary.
 */
export function runImportCommand(
  argv: readonly string[],
): GeneratedBindings & { readonly outDirectory: string } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      class: { type: 'string' },
      prefix: { type: 'string', multiple: true },
      out: { type: 'string', default: 'generated' },
    },
  });
  const file = positionals[0];
  if (file === undefined)
    throw new ImportUsageError(messages.missingArgument('the options file', usage));
  if (values.class === undefined)
    throw new ImportUsageError(messages.missingArgument('--class', usage));
  const moduleClass = moduleClasses.find((candidate) => candidate === values.class);
  if (moduleClass === undefined) throw new ImportUsageError(messages.unknownClass(values.class));
  const document = readOptionsDocument(readFileSync(file, 'utf8'), basename(file));
  const bindings = generateBindings({ document, moduleClass, prefixes: values.prefix ?? [] });
  writeGeneratedFiles(values.out, bindings.files);
  return { ...bindings, outDirectory: values.out };
}

export function writeGeneratedFiles(directory: string, files: ReadonlyMap<string, string>): void {
  for (const [name, content] of files) {
    const target = join(directory, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
