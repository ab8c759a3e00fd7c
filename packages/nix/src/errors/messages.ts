// Every sentence an emitter error can say, kept apart from the code that detects the problem.
// Each message names what failed, where (value path, source), and how to fix it.

export interface ProblemWording {
  readonly summary: string;
  readonly fix: string;
}

const quote = (text: string): string => JSON.stringify(text);

export const messages = {
  nonFiniteNumber: (received: number): ProblemWording => ({
    summary: `${String(received)} has no Nix literal (Nix numbers are finite).`,
    fix: 'Replace it with a finite number, or with null if the option allows it.',
  }),
  subnormalNumber: (received: number): ProblemWording => ({
    summary: `${String(received)} is a subnormal float, which the Nix 2.8 lexer rejects ("invalid float").`,
    fix: 'Round it to 0 or to a normal float (magnitude at least 2.2250738585072014e-308).',
  }),
  integerOutOfRange: (received: bigint): ProblemWording => ({
    summary: `${received.toString()}n is outside Nix's signed 64-bit integer range.`,
    fix: 'Use a value between -9223372036854775808n and 9223372036854775807n, or a number (float).',
  }),
  nulCharacter: (where: string): ProblemWording => ({
    summary: `${where} contains a NUL character; Nix strings end at NUL, so the text would be cut.`,
    fix: 'Remove the "\\u0000" character (for binary data, reference a file with path(...) instead).',
  }),
  loneSurrogate: (where: string): ProblemWording => ({
    summary: `${where} contains a lone UTF-16 surrogate, which cannot be written as UTF-8.`,
    fix: 'Repair the text (String.prototype.toWellFormed() replaces lone surrogates with U+FFFD).',
  }),
  cyclicValue: (): ProblemWording => ({
    summary: 'the value contains itself (a cycle), and Nix source cannot express a cycle.',
    fix: 'Break the cycle, or express the self-reference with rawNix(...) or a let binding.',
  }),
  functionValue: (name: string): ProblemWording => ({
    summary: `a JavaScript function${name ? ` (${name})` : ''} cannot be written as Nix.`,
    fix: 'Call the function first, or write the Nix function with lambda(...) or rawNix(...).',
  }),
  classInstance: (className: string): ProblemWording => ({
    summary: `an instance of ${className} is not plain data, and its meaning in Nix is unknown.`,
    fix: 'Convert it to a plain object, array, string or number first (for a Date, use .toISOString()).',
  }),
  unsupportedValue: (description: string): ProblemWording => ({
    summary: `${description} has no Nix equivalent.`,
    fix: 'Use null for "no value", or leave the attribute out of the object.',
  }),
  invalidIdentifier: (name: string, role: string): ProblemWording => ({
    summary: `${quote(name)} cannot be used as ${role}: it must match [A-Za-z_][A-Za-z0-9_'-]* and not be a Nix keyword.`,
    fix: 'Use a plain identifier such as pkgs, lib, config or final; quote-needing names belong after the first segment (ref("pkgs", "1password")).',
  }),
  invalidPath: (text: string, reason: string): ProblemWording => ({
    summary: `path(${quote(text)}) is not a path cdknix can write: ${reason}.`,
    fix: 'Write a relative path starting with ./ or ../ (resolved against the emitted file) or an absolute path starting with /, without a trailing or double slash, e.g. path("./motd.txt").',
  }),
  invalidWrapperNesting: (outer: string, inner: string): ProblemWording => ({
    summary: `${outer} cannot wrap ${inner}: the module system only accepts mkIf/mkMerge outermost, then mkOverride (mkForce, mkDefault), then mkOrder (mkBefore, mkAfter), then the value, at most one of each of the last two.`,
    fix: `Swap them so the outer wrapper comes first in that order, e.g. mkForce(mkBefore(value)) or mkIf(condition, mkForce(value)).`,
  }),
  invalidPriority: (functionName: string, received: unknown): ProblemWording => ({
    summary: `${functionName} needs an integer priority, but received ${String(received)}.`,
    fix: 'Pass an integer: lower numbers win for mkOverride (mkForce is 50) and come first for mkOrder (mkBefore is 500).',
  }),
  invalidInterpolation: (description: string): ProblemWording => ({
    summary: `${description} cannot be interpolated into a Nix string.`,
    fix: 'Interpolate a string, a number, a reference (pkgs.git), a path, a nix`...` string or rawNix(...); convert other values to text first.',
  }),
  undefinedVariable: (name: string, available: readonly string[]): ProblemWording => ({
    summary: `the flake outputs refer to ${quote(name)}, which is neither "self" nor an input (inputs: ${available.join(', ') || 'none'}).`,
    fix: `Add an input named ${quote(name)} to the flake, or refer to an existing input.`,
  }),
} as const;
