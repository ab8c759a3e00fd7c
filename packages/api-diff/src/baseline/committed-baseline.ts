import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyApi, type PackageApi } from '../api.js';
import type { Baseline } from '../render/render-diff.js';
import { canonicalJson } from '../snapshot/canonical-json.js';
import type { AspectPackage } from '../workspace/aspect-packages.js';
import { parseApiFile } from './read-api-file.js';

export interface BaselineApi extends Baseline {
  readonly api: PackageApi;
}

/**
 * The API of the package's last release, committed as `api.json` beside its package.json
 * (and shipped in the published package). A package without one was never released: its
 * baseline is the empty API, so everything it declares is new.
 */
export function readCommittedBaseline(aspectPackage: AspectPackage): BaselineApi {
  const file = join(aspectPackage.dir, 'api.json');
  const source = `${aspectPackage.location}/api.json`;
  if (!existsSync(file))
    return {
      api: emptyApi(aspectPackage.name),
      source: `${source} (absent: never released)`,
      version: 'none',
    };
  const api = parseApiFile(readFileSync(file, 'utf8'), source);
  return { api, source, version: api.version };
}

/** Records `api` as the package's released API (the release does this after `changeset version`). */
export function writeCommittedBaseline(aspectPackage: AspectPackage, api: PackageApi): string {
  writeFileSync(join(aspectPackage.dir, 'api.json'), canonicalJson(api));
  return `${aspectPackage.location}/api.json`;
}
