/** Where a user wrote something: a file (absolute while synthesizing) and a line. */
export interface CallSite {
  file: string;
  line: number;
}

const framePattern = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):\d+\)?$/;

/**
 * The file:line of the code that called the function calling `callSite`, read from a
 * source-mapped stack (tsx and vitest map to the TypeScript lines). `skip` counts further
 * frames to step over, for helpers that call helpers. Frames without a file (node internals,
 * `eval`) are passed over. Frames inside node_modules count: an aspect installed from a
 * registry is defined there, and its package (name, version, who pulled it) is read from it.
 */
export function callSite(skip = 0): CallSite | undefined {
  return framesOf((new Error().stack ?? '').split('\n').slice(3 + skip))[0];
}

/** The file:line of each stack frame that names a file (node internals and `eval` do not). */
export function framesOf(frames: readonly string[]): CallSite[] {
  const sites: CallSite[] = [];
  for (const frame of frames) {
    const match = framePattern.exec(frame.trim());
    if (match) sites.push({ file: match[1]!.replace(/^file:\/\//, ''), line: Number(match[2]) });
  }
  return sites;
}
