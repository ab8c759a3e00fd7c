import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { typecheckFiles } from '@cdknix/import/testing';
import { mkIf } from '@cdknix/modules';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { HomeManagerConfig, HomeManagerSettings } from './home-manager-config.js';

const require = createRequire(import.meta.url);
/** Absolute module paths, so that a throw-away project outside the workspace finds them. */
const modulePath = (path: string) => path.replace(/\.ts$/, '.js');
const configModule = fileURLToPath(new URL('./home-manager-config.js', import.meta.url));
const constructsModule = modulePath(require.resolve('@cdknix/constructs'));
const nodeTypes = require.resolve('@types/node/index.d.ts');

/** A tiny aspect file, as an engineer would write one, with `programs.git.<lfs>` in it. */
function aspectFile(lfsOption: string): string {
  return [
    `import { homeManagerPart } from '${constructsModule}';`,
    `import type { HomeManagerConfig } from '${configModule}';`,
    '',
    'export const git = homeManagerPart(',
    `  (): HomeManagerConfig => ({ programs: { git: { enable: true, ${lfsOption}: { enable: true } } } }),`,
    ');',
    '',
  ].join('\n');
}

function typecheckAspect(lfsOption: string) {
  return typecheckFiles(
    new Map([
      // The workspace sources the aspect imports use Node's globals.
      ['node.d.ts', `/// <reference path="${nodeTypes}" />\n`],
      ['git.ts', aspectFile(lfsOption)],
    ]),
  );
}

describe('HomeManagerConfig', () => {
  it('makes the real tsc reject an aspect with a misspelled home-manager option, naming it', () => {
    const misspelled = typecheckAspect('lfss');
    expect(misspelled.exitCode).toBe(1);
    expect(misspelled.output).toMatch(
      /\bgit\.ts\(5,\d+\): error TS2561: .*'lfss' does not exist in type 'ProgramsGit'\. Did you mean to write 'lfs'\?$/m,
    );
    expect(misspelled.output.trim().split('\n')).toHaveLength(1);

    const spelled = typecheckAspect('lfs');
    expect(spelled.output).toBe('');
    expect(spelled.exitCode).toBe(0);
  }, 120_000);

  it('accepts home-manager options and the aspects\u2019 own options together', () => {
    expectTypeOf({
      programs: { git: { enable: true } },
      aspects: { shell: { extraAliases: { g: 'git' } } },
    }).toExtend<HomeManagerConfig>();
  });

  it('accepts a whole module made conditional under config', () => {
    expectTypeOf({
      config: mkIf<HomeManagerSettings>(true, { programs: { uv: { enable: true } } }),
    }).toExtend<HomeManagerConfig>();
  });

  it('rejects a value of the wrong type for a typed option', () => {
    expectTypeOf({ programs: { git: { enable: 'yes' } } }).not.toExtend<HomeManagerConfig>();
  });
});
