/**
 * Every sentence the importer says to a user, kept apart from the code that detects the
 * problem. Each names what failed, where, what was expected, and the fix.
 */
export const messages = {
  unreadableDocument: (file: string, reason: string) =>
    `${file}: cannot read the options file (${reason}).\n` +
    'Expected the options.json written by nixosOptionsDoc, for example\n' +
    '  nix build github:nix-community/home-manager#docs-json\n' +
    '  -> result/share/doc/home-manager/options.json',
  malformedOption: (
    file: string,
    optionName: string,
    field: string,
    expected: string,
    received: string,
  ) =>
    `${file}: option ${optionName}: field "${field}" should be ${expected}, received ${received}.\n` +
    'Fix: regenerate the file with nixosOptionsDoc; hand-written fixtures must follow the same shape:\n' +
    '  { "a.b": { "type": "boolean", "description": "...", "loc": ["a", "b"], "readOnly": false, "declarations": [] } }',
  prefixMatchesNothing: (file: string, prefix: string, suggestion: string | undefined) =>
    `${file}: --prefix ${prefix} matches no option.` +
    (suggestion === undefined ? '' : `\nDid you mean --prefix ${suggestion}?`),
  unknownClass: (received: string) =>
    `--class ${received} is not a module class.\nExpected one of: nixos, darwin, homeManager, for example --class homeManager`,
  missingArgument: (name: string, example: string) =>
    `cdknix import: missing ${name}.\nUsage: ${example}`,
} as const;
