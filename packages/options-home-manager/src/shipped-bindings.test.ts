import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  describeShippedBindings,
  readSharedOptions,
  sharedOptionsDirectory,
} from '@cdknix/import/testing';
import { expect, test } from 'vitest';
import { optionsSource } from './generated/source.js';

describeShippedBindings({
  packageName: '@cdknix/options-home-manager',
  optionsFile: join(sharedOptionsDirectory(), 'home-manager-25.11.options.json'),
  moduleClass: 'homeManager',
  generatedDirectory: join(dirname(fileURLToPath(import.meta.url)), 'generated'),
  validUse:
    "{ programs: { git: { enable: true } }, home: { stateVersion: '25.11', packages: [] } }",
});

test('the home-manager bindings cover every option of the 25.11 release, the one the flake pins', () => {
  const { options } = readSharedOptions('home-manager-25.11.options.json');
  expect(optionsSource.fileName).toBe('home-manager-25.11.options.json');
  expect(optionsSource.importedOptionCount).toBe(options.length);
});
