import { formatSource, type Source, sourceAt } from '../source.js';
import { nixTypeOf } from '../values/plain.js';

/** Every text the evaluator shows a user lives here; the error classes only hold data. */

export function showOption(path: readonly string[]): string {
  return path
    .map((name) => (/^[A-Za-z_][A-Za-z0-9_'-]*$/.test(name) ? name : JSON.stringify(name)))
    .join('.');
}

function showValue(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, inner) =>
      typeof inner === 'function' ? '<function>' : inner,
    );
    if (text === undefined) return String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return '<unprintable>';
  }
}

export interface ShownDefinition {
  source: Source;
  value?: unknown;
  hasValue?: boolean;
}

/** Where a definition of the option at `path` was written. */
function showSite(source: Source, path: readonly string[]): string {
  return formatSource(sourceAt(source, path));
}

/** Where the option at `path` was declared. */
function showDeclaration(source: Source, path: readonly string[]): string {
  return formatSource(sourceAt(source, path, 'declaration'));
}

function showDefinitions(path: readonly string[], definitions: readonly ShownDefinition[]): string {
  return definitions
    .map(
      (definition) =>
        `\n- In ${showSite(definition.source, path)}${definition.hasValue === false ? '' : `: ${showValue(definition.value)}`}`,
    )
    .join('');
}

/** The options being computed, outermost first: the first and last few of a long chain. */
function whileComputing(chain: readonly (readonly string[])[]): string {
  if (chain.length === 0) return '';
  if (chain.length === 1) return ` while computing ${showOption(chain[0]!)}`;
  const shown = (paths: readonly (readonly string[])[]) => paths.map(showOption).join(' -> ');
  const listed =
    chain.length <= 8
      ? shown(chain)
      : `${shown(chain.slice(0, 3))} -> ... (${chain.length - 6} more) -> ${shown(chain.slice(-3))}`;
  return ` while computing a chain of ${chain.length} options, each read by the one before: ${listed}`;
}

export const messages = {
  infiniteRecursion: (cycle: readonly (readonly string[])[]) =>
    `infinite recursion encountered${cycle.length > 0 ? `: ${cycle.map(showOption).join(' -> ')}` : ''}.\nFix: break the cycle; one of these options must not read the others.`,
  stackOverflow: (chain: readonly (readonly string[])[]) =>
    `stack overflow (possible infinite recursion)${whileComputing(chain)}.\n` +
    'No option was read while it was being computed (that is reported as a cycle): either a value recurses without end (a function calling itself), or options read each other more deeply than the JavaScript stack allows.\n' +
    'Fix: end the recursion; if the chain is meant to be this deep, evaluate in a thread with a larger stack (worker_threads, resourceLimits.stackSizeMb).',
  unknownOption: (
    path: readonly string[],
    definitions: readonly ShownDefinition[],
    suggestions: readonly string[],
  ) =>
    // Without definitions, the path was asked for (`definitionsOf`), not defined.
    `The option \`${showOption(path)}' does not exist.${definitions.length > 0 ? ` Definition values:${showDefinitions(path, definitions)}` : ''}` +
    (suggestions.length > 0
      ? `\nDid you mean ${suggestions.map((name) => `\`${name}'`).join(', ')}?`
      : definitions.length > 0
        ? '\nFix: declare it with mkOption, or remove the definition.'
        : ''),
  typeMismatch: (
    path: readonly string[],
    description: string,
    definitions: readonly ShownDefinition[],
  ) =>
    `A definition for option \`${showOption(path)}' is not of type \`${description}'. Definition values:${showDefinitions(path, definitions)}`,
  conflictingValues: (path: readonly string[], definitions: readonly ShownDefinition[]) =>
    `The option \`${showOption(path)}' has conflicting definition values:${showDefinitions(path, definitions)}\nFix: use mkForce or mkDefault to say which definition wins.`,
  conflictingTypes: (path: readonly string[], definitions: readonly ShownDefinition[]) =>
    `The option \`${showOption(path)}' has conflicting option types in ${definitions.map((definition) => `\`${showSite(definition.source, path)}'`).join(' and ')}`,
  // The closing backtick after the option is the reference's own wording, kept as Nix prints it.
  nullAndNotNull: (path: readonly string[], definitions: readonly ShownDefinition[]) =>
    `The option \`${showOption(path)}\` is defined both null and not null, in ${definitions.map((definition) => `\`${showSite(definition.source, path)}'`).join(' and ')}.`,
  cannotMerge: (path: readonly string[], reason: string, definitions: readonly ShownDefinition[]) =>
    `Cannot merge definitions of \`${showOption(path)}': ${reason}.${showDefinitions(path, definitions)}`,
  notUnique: (path: readonly string[], message: string, definitions: readonly ShownDefinition[]) =>
    `The option \`${showOption(path)}' is defined multiple times while it's expected to be unique.${message === '' ? '' : `\n${message}`}\nDefinition values:${showDefinitions(path, definitions)}`,
  noValue: (path: readonly string[]) =>
    `The option \`${showOption(path)}' was accessed but has no value defined. Try setting the option.`,
  readOnly: (path: readonly string[], definitions: readonly ShownDefinition[]) =>
    `The option \`${showOption(path)}' is read-only, but it's set multiple times. Definition values:${showDefinitions(path, definitions)}\nFix: remove the extra definitions (a default counts as one).`,
  classMismatch: (module: Source, moduleClass: string, expectedClass: string) =>
    `The module \`${formatSource(module)}\` (class: ${JSON.stringify(moduleClass)}) cannot be imported into a module evaluation that expects class ${JSON.stringify(expectedClass)}.`,
  conflictingClasses: (left: string, right: string) =>
    `A submoduleWith option is declared multiple times with conflicting class values ${JSON.stringify(left)} and ${JSON.stringify(right)}.`,
  alreadyDeclared: (path: readonly string[], declaration: Source, previous: readonly Source[]) =>
    `The option \`${showOption(path)}' in \`${showDeclaration(declaration, path)}' is already declared in ${previous.map((source) => `\`${showDeclaration(source, path)}'`).join(' and ')}.`,
  parentOfOptions: (
    path: readonly string[],
    declaration: Source,
    typeDescription: string,
    nested: readonly { path: readonly string[]; declaration: Source }[],
  ) =>
    `The option \`${showOption(path)}' in module \`${showDeclaration(declaration, path)}' would be a parent of the following options, but its type \`${typeDescription}' does not support nested options.\n${nested
      .map(
        (option) =>
          ` - option(s) with prefix \`${showOption(option.path)}' in module \`${showDeclaration(option.declaration, option.path)}'`,
      )
      .sort()
      .join(
        '\n',
      )}\nFix: declare them in the submodule's own options, or make \`${showOption(path)}' a submodule option.`,
  notAnOption: (path: readonly string[], declaration: Source) =>
    `In module \`${showDeclaration(declaration, path)}', expected an option declaration at option path \`${showOption(path)}' but got a value that is not one.\nFix: declare it with mkOption({ type, ... }).`,
  notAttributes: (path: readonly string[], source: Source, value: unknown) =>
    `In module \`${showSite(source, path)}', you're trying to define a value of type \`${nixTypeOf(value)}' rather than an attribute set for the option \`${showOption(path)}'!\nFix: \`${showOption(path)}' only holds nested options; define one of them instead.`,
  condition: (path: readonly string[], source: Source, condition: unknown) =>
    `‘mkIf’ called with a non-Boolean condition (${showValue(condition)}) for option \`${showOption(path)}' in ${showSite(source, path)}.`,
  missingAttribute: (path: readonly string[], available: readonly string[]) =>
    `attribute '${path[path.length - 1] ?? ''}' missing (selecting \`${showOption(path)}')` +
    (available.length > 0 ? `; available: ${available.slice(0, 10).join(', ')}` : ''),
  notAModule: (module: Source, value: unknown, returned: boolean) =>
    `The module ${formatSource(module)} ${returned ? 'returned' : 'is'} ${value === undefined ? 'undefined' : `a ${value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value} (${showValue(value)})`}, not a module: a module is an attribute set of options and config, or a function returning one.` +
    (returned && value === undefined
      ? '\nFix: an arrow function with braces needs `return`; or wrap the set in parentheses: `() => ({ ... })`.'
      : ''),
  eagerConfigRead: (module: Source, name: string) =>
    `The module ${formatSource(module)} read \`config.${name}' while the modules were still being collected.\nFix: wrap it in a thunk: () => config.${name}`,
} as const;
