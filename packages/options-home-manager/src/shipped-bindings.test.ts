import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  describeShippedBindings,
  readSharedOptions,
  sharedOptionsDirectory,
} from '@cdknix/import/testing';
import { expect, test } from 'vitest';

describeShippedBindings({
  packageName: '@cdknix/options-home-manager',
  optionsFile: join(sharedOptionsDirectory(), 'home-manager-unstable.options.json'),
  moduleClass: 'homeManager',
  generatedDirectory: join(dirname(fileURLToPath(import.meta.url)), 'generated'),
  validUse:
    "{ programs: { git: { enable: true } }, home: { stateVersion: '25.11', packages: [] } }",
});

test('the home-manager bindings cover every option of the unstable search index', () => {
  expect(readSharedOptions('home-manager-unstable.options.json').source.lastUpdate).toBe(
    'May 19, 2026 at 08:32 UTC',
  );
});
