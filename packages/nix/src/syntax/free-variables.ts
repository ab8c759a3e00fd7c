import type { Binding, Expression } from './expression.js';

/** Names Nix provides everywhere; they never become module or flake arguments. */
const globalNames = new Set([
  'builtins',
  'true',
  'false',
  'null',
  'import',
  'toString',
  'map',
  'throw',
  'abort',
  'baseNameOf',
  'dirOf',
  'isNull',
  'removeAttrs',
  'derivation',
  'placeholder',
  'fetchTarball',
  'fetchGit',
  'scopedImport',
]);

/**
 * The variables an expression uses without binding them: what a module header must declare
 * (`pkgs` for `pkgs.git`, `lib` for `lib.mkForce`, `config` for `config.networking.hostName`).
 */
export function freeVariables(expression: Expression): Set<string> {
  const found = new Set<string>();
  collect(expression, new Set(), found);
  return found;
}

function collect(expression: Expression, bound: ReadonlySet<string>, found: Set<string>): void {
  const use = (name: string) => {
    if (!bound.has(name) && !globalNames.has(name)) found.add(name);
  };
  switch (expression.kind) {
    case 'literal':
      return;
    case 'identifier':
      use(expression.name);
      return;
    case 'raw':
      for (const name of expression.references) use(name);
      return;
    case 'select':
      collect(expression.subject, bound, found);
      return;
    case 'string':
      for (const part of expression.parts)
        if (typeof part !== 'string') collect(part, bound, found);
      return;
    case 'apply':
      collect(expression.function, bound, found);
      for (const argument of expression.arguments) collect(argument, bound, found);
      return;
    case 'list':
      for (const element of expression.elements) collect(element.expression, bound, found);
      return;
    case 'set':
      collectBindings(expression.bindings, bound, found, use);
      return;
    case 'lambda': {
      const parameter = expression.parameter;
      const names = parameter.kind === 'identifier' ? [parameter.name] : parameter.names;
      collect(expression.body, new Set([...bound, ...names]), found);
      return;
    }
    case 'let': {
      // `let` is recursive: its names are bound in its own bindings and in its body, except that
      // `inherit x;` reads the outer x.
      const names = expression.bindings.flatMap((binding) =>
        binding.kind === 'attribute' ? [binding.path[0] ?? ''] : [],
      );
      const inner = new Set([...bound, ...names]);
      collectBindings(expression.bindings, inner, found, use);
      collect(expression.body, inner, found);
      return;
    }
  }
}

function collectBindings(
  bindings: readonly Binding[],
  bound: ReadonlySet<string>,
  found: Set<string>,
  use: (name: string) => void,
): void {
  for (const binding of bindings) {
    if (binding.kind === 'inherit') use(binding.name);
    else collect(binding.value, bound, found);
  }
}
