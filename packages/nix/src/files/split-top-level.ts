import { compareAttributePaths } from '../syntax/attribute-order.js';
import type { Binding, SetExpression } from '../syntax/expression.js';

/** A top-level namespace (`services`, not `users.users.alice`) holding a set of several bindings. */
function isSplittable(
  binding: Binding,
): binding is Binding & { kind: 'attribute'; value: SetExpression } {
  return (
    binding.kind === 'attribute' &&
    binding.path.length === 1 &&
    binding.comments.length === 0 &&
    binding.value.kind === 'set' &&
    binding.value.bindings.length >= 2
  );
}

/**
 * The usual shape of a NixOS module body: each top-level namespace whose value is a set of
 * several bindings is written as one dotted binding per entry, so `services = { nginx = …;
 * openssh = …; }` becomes `services.nginx = …;` and `services.openssh = …;`. Nix merges dotted
 * bindings into the same set, so the value is unchanged; a commented binding is kept whole so
 * its comment stays where it was put.
 */
export function splitTopLevel(body: SetExpression): SetExpression {
  const bindings: Binding[] = [];
  for (const binding of body.bindings) {
    if (!isSplittable(binding)) {
      bindings.push(binding);
      continue;
    }
    for (const inner of binding.value.bindings) {
      const value =
        inner.kind === 'inherit'
          ? ({ kind: 'identifier', name: inner.name } as const)
          : inner.value;
      const path = inner.kind === 'inherit' ? [inner.name] : inner.path;
      bindings.push({
        kind: 'attribute',
        path: [...binding.path, ...path],
        value,
        comments: inner.comments,
      });
    }
  }
  const pathOf = (binding: Binding) => (binding.kind === 'inherit' ? [binding.name] : binding.path);
  return {
    kind: 'set',
    bindings: bindings.sort((left, right) => compareAttributePaths(pathOf(left), pathOf(right))),
  };
}
