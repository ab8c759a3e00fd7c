// Path literals (EMISSION.md §A.6). Bare paths allow only [A-Za-z0-9._+-] between slashes and no
// trailing or double slash; anything else is written as a base path plus a string:
// `./. + "/a b"` (the leading `/` of the string matters: `./foo + "bar"` is `./foobar`).
import { spellStringText } from './string-literal.js';

const bareSegment = /^[A-Za-z0-9._+-]+$/;

export type PathSpelling =
  | { readonly ok: true; readonly text: string; readonly needsParentheses: boolean }
  | { readonly ok: false; readonly reason: string };

/** `./motd.txt`, `../x`, `/etc/hosts`, `./.`, or `./. + "/a b"` for names a bare path cannot hold. */
export function spellPath(text: string): PathSpelling {
  const anchor = text.startsWith('/')
    ? '/'
    : text.startsWith('./')
      ? './'
      : text.startsWith('../')
        ? '../'
        : null;
  if (text === '.' || text === './') return { ok: true, text: './.', needsParentheses: false };
  if (anchor === null)
    return {
      ok: false,
      reason:
        'it must start with /, ./ or ../ (a bare name would be a variable, ~ depends on $HOME)',
    };
  if (text.length > anchor.length && text.endsWith('/'))
    return { ok: false, reason: 'it ends with a slash' };
  const segments = text === '/' ? [] : text.slice(anchor.length).split('/');
  if (segments.some((segment) => segment === ''))
    return { ok: false, reason: 'it contains a double slash' };
  return spellSegments(anchor, segments);
}

function spellSegments(anchor: string, segments: readonly string[]): PathSpelling {
  let bareCount = 0;
  while (bareCount < segments.length && bareSegment.test(segments[bareCount] ?? '')) bareCount++;
  const bare = segments.slice(0, bareCount);
  const rest = segments.slice(bareCount);
  // A bare path needs at least one segment after the anchor: `./.` and `/.` stand for the anchor itself.
  const base =
    bare.length === 0
      ? `${anchor}.`
      : `${anchor === '/' ? '' : anchor.slice(0, -1)}/${bare.join('/')}`;
  if (rest.length === 0) return { ok: true, text: base, needsParentheses: false };
  return {
    ok: true,
    text: `${base} + "/${spellStringText(rest.join('/'), false)}"`,
    needsParentheses: true,
  };
}
