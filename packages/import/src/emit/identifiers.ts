/**
 * Names in generated TypeScript. Option names that are not identifiers (`1password`,
 * `fcitx5-with-addons`) become quoted property keys, so they stay reachable as
 * `programs['1password']`.
 */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** `['programs', 'git']` → `ProgramsGit`; `<name>` → `Entry`, `*` → `Item`. */
export function pascalCaseOfPath(path: readonly string[]): string {
  return path
    .map((segment) => {
      if (segment === '*') return 'Item';
      if (/^<.+>$/.test(segment)) return 'Entry';
      return segment
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => part[0]!.toUpperCase() + part.slice(1))
        .join('');
    })
    .join('');
}

/**
 * Hands out unique type names in the order asked. Walks are sorted, so the same input
 * always gets the same names; a clash gets the smallest free numeric suffix.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[]) {
    for (const name of reserved) this.taken.add(name);
  }

  allocate(wanted: string): string {
    const base = /^[A-Za-z_$]/.test(wanted) ? wanted : `Option${wanted}`;
    let candidate = base;
    for (let suffix = 2; this.taken.has(candidate); suffix += 1) candidate = `${base}${suffix}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** A JavaScript string literal in single quotes, as the rest of the code base writes them. */
export function quoteString(text: string): string {
  return `'${text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}
