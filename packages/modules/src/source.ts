/** Where a module, declaration or definition was written. */
export interface Source {
  file: string;
  line?: number;
  column?: number;
  package?: string;
  /**
   * Where inside this module the definition (or, for `kind` 'declaration', the declaration) of
   * the option at `path` (its full option path) was written, when the module can tell: the
   * synth layer reads the line of the property in the TypeScript object literal. `undefined`
   * keeps this source.
   */
  locate?: (path: readonly string[], kind: SiteKind) => Source | undefined;
}

/** What a module wrote at an option path: a value for it, or the option itself. */
export type SiteKind = 'definition' | 'declaration';

export const UNKNOWN_FILE = '<unknown-file>';

/**
 * The source of a definition (or declaration) written at `path` in a module whose source is
 * `source`: the module's own `locate` answer, or the module's source. A failing `locate` is
 * not the user's error: the module's source is shown instead.
 */
export function sourceAt(
  source: Source,
  path: readonly string[],
  kind: SiteKind = 'definition',
): Source {
  if (source.locate === undefined) return source;
  try {
    return source.locate(path, kind) ?? source;
  } catch {
    return source;
  }
}

export function formatSource(source: Source): string {
  const position =
    source.line === undefined
      ? ''
      : `:${source.line}${source.column === undefined ? '' : `:${source.column}`}`;
  return `${source.package === undefined ? '' : `${source.package}: `}${source.file}${position}`;
}

const FRAME = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/;

/**
 * The file:line of the code that called `callee`: the user's call site. Costly (a stack
 * capture), so it is done once per module, never per definition.
 */
export function captureCallerSource(callee: (...args: never[]) => unknown): Source | undefined {
  const holder: { stack?: string } = {};
  const previousLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 2;
  Error.captureStackTrace(holder, callee);
  Error.stackTraceLimit = previousLimit;
  const frame = (holder.stack ?? '').split('\n')[1];
  const match = frame === undefined ? null : FRAME.exec(frame.trim());
  if (match?.[1] === undefined) return undefined;
  return {
    file: match[1].replace(/^file:\/\//, ''),
    line: Number(match[2]),
    column: Number(match[3]),
  };
}
