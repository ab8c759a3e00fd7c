// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings test that ${ stays data
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkDefault, mkIf, mkOption, types } from '@cdknix/modules';
import { describe, expect, test } from 'vitest';
import { defineAspect } from '../definitions/define-aspect.js';
import { Testing } from '../testing/testing.js';
import { defaultOptionSets } from './default-option-sets.js';

function evaluateModuleFile(text: string, attribute: string): unknown {
  const folder = mkdtempSync(join(tmpdir(), 'cdknix-module-'));
  const file = join(folder, 'module.nix');
  writeFileSync(file, text);
  const stubs =
    '{ config = { }; inputs = { }; pkgs = { }; lib = { mkDefault = x: x; mkForce = x: x; mkBefore = x: x; mkAfter = x: x; mkMerge = xs: xs; }; }';
  const result = spawnSync(
    'nix-instantiate',
    ['--eval', '--strict', '--json', '-E', `(import ${file} ${stubs}).${attribute}`],
    { encoding: 'utf8' },
  );
  rmSync(folder, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe('assertions and warnings', () => {
  const checked = defineAspect({
    name: 'checked',
    nixos: ({ config }) => ({
      assertions: [
        {
          assertion: () => config.networking.hostName !== 'test-host',
          message: 'pick a real host name',
        },
      ],
      warnings: ['this aspect is deprecated'],
    }),
  });

  test('a failed assertion fails synth with its message; a warning is reported and does not', () => {
    const result = Testing.synth([Testing.host({ aspects: [checked] })]);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          kind: 'assertion',
          message: 'pick a real host name',
        }),
        expect.objectContaining({
          severity: 'warning',
          kind: 'warning',
          message: 'this aspect is deprecated',
        }),
      ]),
    );
    const passing = Testing.synth([Testing.host({ name: 'web', aspects: [checked] })]);
    expect(passing.ok).toBe(true);
    expect(passing.summaries[0]!.warnings).toBe(1);
    expect(passing.files.get('hosts/web/configuration.nix')).not.toContain('assertions');
  });
});

describe('flake inputs', () => {
  test('inputs aspects declare are de-duplicated into the flake', () => {
    const a = defineAspect({
      name: 'a',
      inputs: { extra: { url: 'github:example/extra' } },
      nixos: () => ({}),
    });
    const b = defineAspect({
      name: 'b',
      inputs: { extra: { url: 'github:example/extra' } },
      nixos: () => ({}),
    });
    const result = Testing.synth([Testing.host({ aspects: [a, b] })]);
    expect(result.ok).toBe(true);
    expect(
      result.files.get('flake.nix')!.match(/extra\.url = "github:example\/extra";/g),
    ).toHaveLength(1);
  });

  test('two URLs for one input name are rejected, naming both aspects', () => {
    const a = defineAspect({
      name: 'a',
      inputs: { extra: { url: 'github:example/one' } },
      nixos: () => ({}),
    });
    const b = defineAspect({
      name: 'b',
      inputs: { extra: { url: 'github:example/two' } },
      nixos: () => ({}),
    });
    const result = Testing.synth([Testing.host({ aspects: [a, b] })]);
    const problem = result.problems.find((entry) => entry.kind === 'flake-input');
    expect(problem?.message).toContain(
      'github:example/one (aspect a) and github:example/two (aspect b)',
    );
    expect(problem?.sites).toHaveLength(2);
  });
});

describe('no value can inject Nix', () => {
  test('attribute names and strings with Nix syntax in them stay data through emission and real Nix', () => {
    const hostile = 'x" = 1; evil = "${builtins.currentTime}';
    const aspect = defineAspect({
      name: 'hostile',
      nixos: () => ({ boot: { kernel: { sysctl: { [hostile]: hostile, "a''b": "''${x}" } } } }),
    });
    const host = Testing.synthHost({ aspects: [aspect] });
    expect(evaluateModuleFile(host.nix(), 'boot.kernel.sysctl')).toEqual({
      [hostile]: hostile,
      "a''b": "''${x}",
    });
  });
});

describe('freeform settings', () => {
  test('freeform attributes at any depth reach the emitted Nix, with their priority and site', () => {
    // A freeform submodule with one declared nested option, as nixpkgs `settings` options are.
    const demoOptions = {
      key: 'demo-options',
      options: {
        demo: {
          settings: mkOption({
            type: types.submodule({
              freeformType: types.attrsOf(types.anything),
              options: { server: { port: mkOption({ type: types.port, default: 80 }) } },
            }),
            default: {},
          }),
        },
      },
    };
    const optionSets = { ...defaultOptionSets, nixos: [...defaultOptionSets.nixos, demoOptions] };
    const host = Testing.synthHost(
      {
        settings: {
          demo: {
            settings: {
              level: mkDefault(1),
              disabled: mkIf(false, 2),
              server: { port: 81, extra: 'kept' },
            },
          },
        },
      },
      { optionSets },
    );
    const nix = host.nix();
    // Real Nix reads back what TypeScript computed: `server.extra` beside the declared port.
    expect(evaluateModuleFile(nix, 'demo.settings')).toEqual(host.value('demo.settings'));
    expect(host.value('demo.settings')).toEqual({ level: 1, server: { port: 81, extra: 'kept' } });
    expect(nix).toMatch(/level = lib\.mkDefault 1;/);
    expect(nix).toContain(`# packages/constructs: src/synth/synth-checks.test.ts:`);
  });
});
