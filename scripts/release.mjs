#!/usr/bin/env node
// `pnpm release`: version, build and publish every public package (see docs/releasing.md).
//
//   corepack pnpm release --registry http://127.0.0.1:4873/   # or CDKNIX_REGISTRY=...
//   corepack pnpm release --dry-run                           # everything but the upload
//
// Steps, each stopping the release when it fails:
//   1. changeset version: pending .changeset/*.md become versions and CHANGELOG.md entries
//   2. API baselines refreshed for the new versions (`cdknix api-diff --update`, when present)
//   3. build: tsc -b of every package (turbo), unless --no-build (dist/ already built)
//   4. pnpm -r publish: each public package whose version the registry lacks; pnpm swaps
//      `exports` for `publishConfig.exports` and rewrites `workspace:^` to real ranges
//
// --cwd <dir> releases another checkout of the workspace (the end-to-end test uses a copy).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const tools = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'node_modules', '.bin');

const { values } = parseArgs({
  options: {
    registry: { type: 'string' },
    cwd: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
  strict: true,
});
const cwd = resolve(values.cwd ?? process.cwd());
// biome-ignore lint/suspicious/noUndeclaredEnvVars: the release runs outside turbo
const registry = values.registry ?? process.env.CDKNIX_REGISTRY;
if (!registry && !values['dry-run']) {
  process.stderr.write(
    'release: no registry given.\n  fix: pass --registry <url> or set CDKNIX_REGISTRY, e.g. `corepack pnpm release --registry https://registry.npmjs.org/`\n',
  );
  process.exit(2);
}

function step(title, command, args) {
  process.stdout.write(`\n== ${title} ==\n`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write(
      `release: ${title} failed (exit ${result.status}); nothing after it ran.\n`,
    );
    process.exit(result.status ?? 1);
  }
}

step('changeset version', join(tools, 'changeset'), ['version']);

// --- API baselines (the api-diff engineer's `cdknix api-diff --update`) ---------------------
// After `changeset version` the committed API baselines must describe the new versions.
const cli = join(cwd, 'apps', 'cli', 'bin', 'cdknix.mjs');
const hasApiDiff = existsSync(join(cwd, 'apps', 'cli', 'src', 'commands', 'api-diff-command.ts'));
if (hasApiDiff) step('API baselines', process.execPath, [cli, 'api-diff', '--update']);
// ---------------------------------------------------------------------------------------------

if (!values['no-build']) step('build', join(tools, 'turbo'), ['run', 'build']);

step('publish', join(tools, 'pnpm'), [
  '-r',
  'publish',
  '--no-git-checks',
  ...(registry ? ['--registry', registry] : []),
  ...(values['dry-run'] ? ['--dry-run'] : []),
]);
