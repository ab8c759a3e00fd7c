/** Where a module, declaration or definition was written. */
export interface Source {
  file: string;
  line?: number;
  column?: number;
  package?: string;
}

export const UNKNOWN_FILE = '<unknown-file>';

export function formatSource(source: Source): string {
  const position = source.line === undefined ? '' : `:${source.line}${source.column === undefined ? '' : `:${source.column}`}`;
  return `${source.package === undefined ? '' : `${source.package}: `}${source.file}${position}`;
}

const OWN_FRAME = /[\\/]packages[\\/]modules[\\/]src[\\/]/;
const FRAME = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/;

/**
 * The file:line of the first stack frame outside this package: the user's call site.
 * Costly (a stack capture), so it is done once per module, never per definition.
 */
export function captureCallerSource(): Source | undefined {
  const holder: { stack?: string } = {};
  const previousLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  Error.captureStackTrace(holder, captureCallerSource);
  Error.stackTraceLimit = previousLimit;
  for (const frame of (holder.stack ?? '').split('\n').slice(1)) {
    if (OWN_FRAME.test(frame) || frame.includes('node:internal')) continue;
    const match = FRAME.exec(frame.trim());
    if (match?.[1] !== undefined) {
      return { file: match[1].replace(/^file:\/\//, ''), line: Number(match[2]), column: Number(match[3]) };
    }
  }
  return undefined;
}
