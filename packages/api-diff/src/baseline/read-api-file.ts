import type { PackageApi } from '../api.js';
import { ApiDiffError } from '../errors/api-diff-error.js';

/** Parses an `api.json` (committed or published), checking its outline. */
export function parseApiFile(text: string, where: string): PackageApi {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiDiffError(
      `api.json is not JSON (${(error as Error).message})`,
      where,
      'restore it from git, or rewrite it from the last release with `cdknix api-diff --update` on that release',
    );
  }
  const api = parsed as Partial<PackageApi> | null;
  const valid =
    typeof api === 'object' &&
    api !== null &&
    typeof api.package === 'string' &&
    typeof api.aspects === 'object' &&
    typeof api.services === 'object';
  if (!valid)
    throw new ApiDiffError(
      'api.json lacks "package", "aspects" or "services": it is not an API snapshot',
      where,
      'restore it from git, or rewrite it with `cdknix api-diff --update`',
    );
  return api as PackageApi;
}
