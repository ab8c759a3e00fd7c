import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeShippedBindings } from '@cdknix/import/testing';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');

describeShippedBindings({
  packageName: '@cdknix/options-darwin',
  optionsFile: join(packageDirectory, 'fixtures', 'reference-fleet.hand-written.options.json'),
  moduleClass: 'darwin',
  generatedDirectory: join(packageDirectory, 'src', 'generated'),
  validUse:
    "{ homebrew: { enable: true, casks: ['firefox'], masApps: { Xcode: 497799835 } }, system: { defaults: { dock: { autohide: true, orientation: 'left' } }, stateVersion: 6 }, networking: { hostName: 'mac' } }",
});
