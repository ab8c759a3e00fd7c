import { ImportError } from '../errors/import-errors.js';
import { runImportCommand } from './run-import-command.js';

try {
  const result = runImportCommand(process.argv.slice(2));
  const { precise, approximate, fallback } = result.report.counts;
  process.stdout.write(
    `wrote ${result.files.size} files to ${result.outDirectory}: ${precise} precise, ${approximate} approximate, ${fallback} fallback (see IMPORT-REPORT.md)\n`,
  );
} catch (error) {
  if (!ImportError.isImportError(error)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
