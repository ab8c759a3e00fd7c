import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A pnpm workspace in a temporary folder outside this repository, holding one aspect package
 * (`aspects/demo`, TypeScript source) that peer-depends on @cdknix/constructs. The framework
 * packages and zod are linked from this checkout, as an installed fleet would have them.
 */
export interface TempWorkspace {
  readonly root: string;
  readonly packageName: string;
  /**
   * Writes a new version of the aspect's entry module. Each version gets a file of its own
   * (`src/version-2.ts`, and `exports` pointing at it) because a process imports one URL
   * once: the tests run the command several times in one process, as CI runs it once each.
   */
  writeAspect(source: string, version?: string): void;
  /** Writes `.changeset/<name>.md`. */
  writeChangeset(name: string, content: string): void;
  dispose(): void;
}

const require = createRequire(import.meta.url);
const packageDirectory = (name: string, from?: string) =>
  dirname(realpathSync(require.resolve(`${name}/package.json`, from ? { paths: [from] } : {})));

export function createTempWorkspace(
  packageName = '@cdknix-demo/aspect-demo',
  version = '1.0.0',
): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'cdknix-api-diff-workspace-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ name: 'demo-fleet', private: true, type: 'module' }));
  write('pnpm-workspace.yaml', 'packages:\n  - "aspects/*"\n');
  write('.changeset/README.md', 'Changesets live here.\n');
  let versions = 0;
  const writeAspect = (source: string, nextVersion = version) => {
    versions += 1;
    const entry = `./src/version-${versions}.ts`;
    write(`aspects/demo/${entry}`, source);
    write(
      'aspects/demo/package.json',
      JSON.stringify({
        name: packageName,
        version: nextVersion,
        type: 'module',
        exports: { '.': entry },
        files: ['src', 'api.json'],
        peerDependencies: { '@cdknix/constructs': '*', '@cdknix/modules': '*' },
      }),
    );
  };
  const constructs = packageDirectory('@cdknix/constructs');
  const links: Record<string, string> = {
    '@cdknix/constructs': constructs,
    '@cdknix/modules': packageDirectory('@cdknix/modules'),
    zod: packageDirectory('zod', constructs),
  };
  for (const [name, target] of Object.entries(links)) {
    const link = join(root, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
  return {
    root,
    packageName,
    writeAspect,
    writeChangeset: (name, content) => write(`.changeset/${name}.md`, content),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
