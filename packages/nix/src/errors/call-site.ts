import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The `src` folder of this package: frames inside it are the emitter's own, not the caller's.
const ownSourceFolder = fileURLToPath(new URL('..', import.meta.url));
const framePattern = /\(?((?:file:\/\/)?[^\s()]+):(\d+):\d+\)?$/;

/**
 * The place in the caller's code that created a Nix node (`src/claude-code.ts:12`), so that
 * an error found later, while emitting, can still name it. The stack is captured eagerly
 * (cheap) and formatted only when an error asks for it.
 */
export class CallSite {
  readonly #capture: Error;
  #described: string | undefined | null = null;

  constructor() {
    this.#capture = new Error();
  }

  describe(): string | undefined {
    if (this.#described === null) this.#described = firstForeignFrame(this.#capture.stack ?? '');
    return this.#described;
  }
}

function firstForeignFrame(stack: string): string | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const match = framePattern.exec(line.trim());
    if (!match?.[1] || !match[2]) continue;
    const file = match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1];
    if (
      file.startsWith(ownSourceFolder) ||
      file.startsWith('node:') ||
      file.includes(`${sep}node_modules${sep}`)
    )
      continue;
    return `${relative(process.cwd(), file) || file}:${match[2]}`;
  }
  return undefined;
}
