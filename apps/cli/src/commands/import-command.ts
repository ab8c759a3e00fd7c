import { ImportError, runImportCommand } from '@cdknix/import';

/** `cdknix import <options.json> --class <class> [--prefix a.b]... [--out dir]` */
export async function importCommand(
  argv: readonly string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  try {
    const result = runImportCommand(argv);
    const { precise, approximate, fallback } = result.report.counts;
    stdout.write(
      `wrote ${result.files.size} files to ${result.outDirectory}: ${precise} precise, ${approximate} approximate, ${fallback} fallback (see IMPORT-REPORT.md)\n`,
    );
    return 0;
  } catch (error) {
    if (!ImportError.isImportError(error)) throw error;
    stderr.write(`${error.message}\n`);
    return 1;
  }
}
