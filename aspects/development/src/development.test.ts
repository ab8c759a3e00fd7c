import { Testing } from '@cdknix/constructs/testing';
import type { NixReference } from '@cdknix/nix';
import { describe, expect, it } from 'vitest';
import { development } from './development.js';

const packageNames = (value: unknown) =>
  (value as NixReference[]).map((reference) => reference.segments.join('.'));

const aliceKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIZmFrZS1jZGtuaXgta2V5LWFsaWNl alice';

/** A host whose user alice uses the aspect, with her own module on top. */
function synthAlice(homeManager?: Record<string, unknown>, sshKeys: string[] = [aliceKey]) {
  return Testing.synthHost({
    class: 'nixos',
    users: [Testing.user({ aspects: [development], homeManager, sshKeys })],
  });
}

describe('the development aspect', () => {
  const host = synthAlice();
  const packages = () => packageNames(host.homeValue('alice', 'home.packages'));

  it('installs the python and typescript toolchains when the user picks no languages', () => {
    expect(host.homeValue('alice', 'aspects.development.languages')).toEqual([
      'python',
      'typescript',
    ]);
    expect(packages()).toEqual(expect.arrayContaining(['python3', 'pyright', 'nodejs', 'bun']));
    expect(packages()).not.toContain('gopls');
    expect(host.homeValue('alice', 'programs.uv.enable')).toBe(true);
    expect(host.homeValue('alice', 'programs.bun.enable')).toBe(true);
    expect(host.homeValue('alice', 'programs.go.enable')).toBe(false);
  });

  it('installs exactly the toolchains a user picks in aspects.development.languages', () => {
    const gopher = synthAlice({ aspects: { development: { languages: ['go', 'rust'] } } });
    const names = packageNames(gopher.homeValue('alice', 'home.packages'));
    expect(names).toEqual(expect.arrayContaining(['gopls', 'delve', 'rustup', 'cargo-nextest']));
    expect(names).not.toContain('python3');
    expect(gopher.homeValue('alice', 'programs.go.enable')).toBe(true);
    expect(gopher.homeValue('alice', 'programs.go.env.GOPATH')).toBe('/home/alice/go');
    expect(gopher.homeValue('alice', 'programs.uv.enable')).toBe(false);
    expect(gopher.homeNix('alice')).toContain('GOPATH = "/home/alice/go";');
  });

  it('refuses a language it has no toolchain for, naming the option', () => {
    expect(() => synthAlice({ aspects: { development: { languages: ['cobol'] } } })).toThrow(
      /aspects\.development\.languages/,
    );
  });

  it('signs commits with the user\u2019s first SSH key, under the user\u2019s own identity', () => {
    expect(host.homeValue('alice', 'programs.git.settings.user')).toEqual({
      name: 'Alice Example',
      email: 'alice@example.org',
    });
    expect(host.homeValue('alice', 'programs.git.signing.format')).toBe('ssh');
    expect(host.homeValue('alice', 'programs.git.signing.key')).toBe(aliceKey);
    expect(host.homeValue('alice', 'programs.git.signing.signByDefault')).toBe(true);
    expect(host.homeValue('alice', 'programs.jujutsu.settings.signing.key')).toBe(aliceKey);
  });

  it('does not sign by default for a user without SSH keys', () => {
    const keyless = synthAlice(undefined, []);
    expect(keyless.homeValue('alice', 'programs.git.signing.signByDefault')).toBe(false);
  });

  it('makes Neovim the default editor and configures direnv with nix-direnv', () => {
    expect(host.homeValue('alice', 'programs.neovim.defaultEditor')).toBe(true);
    expect(host.homeValue('alice', 'programs.direnv.nix-direnv.enable')).toBe(true);
    expect(host.homeValue('alice', 'programs.gh.settings.git_protocol')).toBe('ssh');
    expect(packages()).toEqual(expect.arrayContaining(['nil', 'nix-output-monitor', 'just']));
  });

  it('pins nodejs to Node 22 for the whole host with its toolchain-pins overlay', () => {
    const server = Testing.synthHost({
      class: 'nixos',
      aspects: [development],
      users: [Testing.user()],
    });
    expect(server.nix()).toContain('# overlay toolchain-pins');
    expect(server.nix()).toContain('nodejs = prev.nodejs_22;');
  });

  // Homes use the host's pkgs (useGlobalPkgs), so a user aspect's overlay applies on the host.
  it('applies its overlay on the host when it is a user aspect', () => {
    expect(host.nix()).toContain('# overlay toolchain-pins');
  });
});
