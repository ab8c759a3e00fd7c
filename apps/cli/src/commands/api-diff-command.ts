import {
  ApiDiffError,
  canonicalJson,
  diffWorkspace,
  findUncoveredChanges,
  readPendingChangesets,
  renderDiff,
  renderUncovered,
  updateBaselines,
} from '@cdknix/api-diff';

export interface ApiDiffCommandOptions {
  root: string;
  packages: string[];
  registry: string | undefined;
  json: boolean;
  /** Rewrite the committed baselines (`api.json`) with the working tree's API. */
  update: boolean;
  /** Fail when an API change needs more than the pending changesets ask for. */
  check: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** `cdknix api-diff [package...]`: which release the aspects' API changes need. */
export async function apiDiffCommand(options: ApiDiffCommandOptions): Promise<number> {
  try {
    if (options.update) return await update(options);
    const workspace = await diffWorkspace(options);
    const { packages } = workspace;
    if (options.json) {
      options.stdout.write(
        canonicalJson({
          packages: packages.map(({ diff, baseline }) => ({
            name: diff.package,
            baseline: { source: baseline.source, version: baseline.version },
            bump: diff.bump,
            changes: diff.changes,
          })),
        }),
      );
    } else {
      const shown = options.check
        ? packages.filter(({ diff }) => diff.changes.length > 0)
        : packages;
      for (const { diff, baseline } of shown) options.stdout.write(renderDiff(diff, baseline));
    }
    if (!options.check) return 0;
    const uncovered = findUncoveredChanges(
      packages.map(({ diff }) => diff),
      readPendingChangesets(workspace.root),
    );
    const changed = packages.filter(({ diff }) => diff.bump !== 'none').length;
    if (uncovered.length === 0) {
      options.stdout.write(
        changed === 0
          ? `api-diff: ${packages.length} aspect packages checked, no API changes\n`
          : `api-diff: ${packages.length} aspect packages checked, ${changed} with API changes, each covered by a pending changeset\n`,
      );
      return 0;
    }
    options.stderr.write(
      `api-diff: ${uncovered.length} of ${packages.length} aspect packages need a bigger release than the pending changesets ask for\n\n${uncovered.map(renderUncovered).join('\n')}`,
    );
    return 1;
  } catch (error) {
    if (!ApiDiffError.is(error)) throw error;
    options.stderr.write(`api-diff: ${error.message}\n`);
    return 1;
  }
}

async function update(options: ApiDiffCommandOptions): Promise<number> {
  if (options.registry !== undefined || options.check) {
    options.stderr.write(
      'api-diff: --update rewrites the committed baselines from the working tree; it takes neither --registry nor --check\n',
    );
    return 1;
  }
  const written = await updateBaselines(options);
  options.stdout.write(written.map((file) => `wrote ${file}\n`).join(''));
  return 0;
}
