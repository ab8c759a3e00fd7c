/**
 * `#` comment lines above a binding or list element, each ending with a line break. A comment's
 * own line breaks (LF, CR or CRLF) start new `#` lines, so a comment can never end early and
 * turn the rest of its text into code.
 */
export function printComments(comments: readonly string[], indentation: string): string {
  let text = '';
  for (const comment of comments) {
    for (const line of comment.split(/\r\n|\r|\n/)) {
      const trimmed = line.trimEnd();
      text += trimmed === '' ? `${indentation}#\n` : `${indentation}# ${trimmed}\n`;
    }
  }
  return text;
}
