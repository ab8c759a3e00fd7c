import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeShippedBindings } from '@cdknix/import/testing';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');

describeShippedBindings({
  packageName: '@cdknix/options-nixos',
  optionsFile: join(packageDirectory, 'fixtures', 'reference-fleet.hand-written.options.json'),
  moduleClass: 'nixos',
  generatedDirectory: join(packageDirectory, 'src', 'generated'),
  validUse:
    "{ services: { openssh: { enable: true, settings: { PermitRootLogin: 'no' } } }, users: { users: { alice: { isNormalUser: true, extraGroups: ['wheel'] } } }, networking: { hostName: 'web', firewall: { allowedTCPPorts: [22, 443] } }, boot: { loader: { 'systemd-boot': { enable: true } } } }",
});
