import { optionOfException, showOption } from '@cdknix/modules';
import type { Problem } from '../errors/problem.js';
import { type CallSite, framesOf } from '../source/call-site.js';
import { packageOfFile } from '../source/package-of-file.js';

/** Labels a site (`aspects/ai: src/ai.ts:12`); no label when there is no site. */
export type DescribeSite = (site: CallSite | undefined) => string[];

/** The packages of the framework itself: a frame in them is not where a user's code failed. */
const FRAMEWORK = new Set(['@cdknix/modules', '@cdknix/constructs', '@cdknix/nix', '@cdknix/cli']);

/**
 * An exception the user's code threw while a host evaluated (a part reading `config.a.b` while
 * `a` is undefined, a `throw` in an aspect): its message, and the innermost frame of the
 * user's code, so that it points at the line, like every other problem. Never the stack.
 */
export function exceptionProblem(
  error: unknown,
  owner: string,
  describe: DescribeSite,
  rendering?: readonly string[],
): Problem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error ? (error.stack ?? '').split('\n') : [];
  const userFrame = framesOf(stack).find((site) => !isFramework(site.file));
  // The innermost option being computed, else the one being rendered.
  const option = optionOfException(error) ?? rendering;
  return {
    severity: 'error',
    kind: 'evaluation/exception',
    path: option === undefined ? owner : `${owner}: ${showOption(option)}`,
    message:
      option === undefined
        ? `evaluating the host threw ${message}`
        : `computing \`${showOption(option)}' threw ${message}`,
    sites: describe(userFrame),
  };
}

/** A file of the framework itself; its own tests count as users' code. */
function isFramework(file: string): boolean {
  return FRAMEWORK.has(packageOfFile(file)?.name ?? '') && !/\.test\.[cm]?[jt]s$/.test(file);
}
