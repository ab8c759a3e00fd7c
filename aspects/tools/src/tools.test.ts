import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { tools } from './tools.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

describe('the tools aspect', () => {
  const host = Testing.synthHost({ class: 'darwin', aspects: [tools], users: [Testing.user()] });
  const packages = () => packageNames(host.homeValue('alice', 'home.packages'));

  it('installs the cloud, Kubernetes, container, secrets and transfer tools', () => {
    expect(packages()).toEqual(
      expect.arrayContaining(['opentofu', 'kubectl', 'kubernetes-helm', 'skopeo', 'sops', 'age']),
    );
    expect(packages()).toEqual(expect.arrayContaining(['restic', 'rclone', '_1password-cli']));
  });

  it('configures the programs home-manager has modules for', () => {
    for (const program of ['awscli', 'k9s', 'gpg', 'password-store', 'yt-dlp', 'aria2'])
      expect(host.homeValue('alice', `programs.${program}.enable`), program).toBe(true);
    expect(host.homeValue('alice', 'programs.awscli.settings')).toEqual({
      default: { region: 'us-east-1', output: 'json' },
    });
  });

  it('keeps the password store under the user\u2019s own home directory', () => {
    expect(host.homeValue('alice', 'programs.password-store.settings')).toEqual({
      PASSWORD_STORE_DIR: '/Users/alice/.local/share/password-store',
    });
    expect(host.homeNix('alice')).toContain(
      'PASSWORD_STORE_DIR = "/Users/alice/.local/share/password-store";',
    );
  });

  it('emits a package whose name starts with an underscore as a plain attribute', () => {
    expect(host.homeNix('alice')).toContain('    pkgs._1password-cli\n');
  });
});
