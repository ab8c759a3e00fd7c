const CLASSES: Record<string, string> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  blank: ' \\t',
  digit: '0-9',
  lower: 'a-z',
  upper: 'A-Z',
  space: ' \\t\\n\\r\\f\\v',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

/**
 * A POSIX extended regular expression as `builtins.match` uses it: anchored at both ends.
 * Character classes like `[[:space:]]` are translated to JavaScript ranges.
 */
export function compilePosixRegex(pattern: string): RegExp {
  const translated = pattern.replace(
    /\[:([a-z]+):\]/g,
    (whole, name: string) => CLASSES[name] ?? whole,
  );
  return new RegExp(`^(?:${translated})$`, 'u');
}
