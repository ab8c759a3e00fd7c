import { defineAspect } from '@cdknix/constructs';
import { mkOption, types } from '@cdknix/modules';
import { pkgs } from '@cdknix/nix';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from './canonical-json.js';
import { describeType } from './describe-type.js';
import { snapshotPackage } from './snapshot-package.js';

const manifest = { name: '@cdknix/aspect-demo', version: '1.0.0' };

describe('snapshots', () => {
  test('are byte-identical whatever the order of options, props and exports', () => {
    const port = () => mkOption({ type: types.port, default: 22, description: 'Port.' });
    const users = () => mkOption({ type: types.listOf(types.str), default: [] });
    const first = defineAspect({
      name: 'demo',
      nixos: () => ({}),
      homeManager: () => ({}),
      options: { port: port(), users: users() },
      props: z.object({ a: z.string(), b: z.number().optional() }),
    });
    const second = defineAspect({
      name: 'demo',
      homeManager: () => ({}),
      nixos: () => ({}),
      options: { users: users(), port: port() },
      props: z.object({ b: z.number().optional(), a: z.string() }),
    });
    const other = defineAspect({ name: 'other', darwin: () => ({}) });
    const text = canonicalJson(snapshotPackage(manifest, { first, other }));
    expect(canonicalJson(snapshotPackage(manifest, { other, second }))).toBe(text);
    expect(canonicalJson(snapshotPackage(manifest, { first, other }))).toBe(text);
    expect(Object.keys(JSON.parse(text).aspects.demo.options)).toEqual(['port', 'users']);
  });

  test('hold type structure, defaults as JSON, and submodule options by path', () => {
    const aspect = defineAspect({
      name: 'demo',
      nixos: () => ({}),
      options: {
        editor: mkOption({ type: types.raw, default: pkgs.neovim, description: 'Editor.' }),
        shell: mkOption({ type: types.nullOr(types.enum(['zsh', 'fish'])), default: () => 'zsh' }),
        peers: mkOption({
          type: types.listOf(
            types.submodule({
              options: { address: mkOption({ type: types.strMatching('[0-9.]+') }) },
            }),
          ),
          default: [],
          readOnly: true,
        }),
      },
    });
    const { options } = snapshotPackage(manifest, { aspect }).aspects.demo!;
    expect(options).toEqual({
      editor: {
        type: { name: 'raw' },
        default: { $ref: 'pkgs.neovim' },
        description: 'Editor.',
        readOnly: false,
      },
      shell: {
        type: { name: 'nullOr', elementType: { name: 'enum', members: ['zsh', 'fish'] } },
        default: { $computed: true },
        description: null,
        readOnly: false,
      },
      peers: {
        type: { name: 'listOf', elementType: { name: 'submodule' } },
        default: [],
        description: null,
        readOnly: true,
      },
      'peers.*.address': {
        type: { name: 'strMatching', pattern: '[0-9.]+' },
        description: null,
        readOnly: false,
      },
    });
  });

  test('either and oneOf read the same; integer bounds are kept', () => {
    expect(describeType(types.oneOf([types.int, types.bool, types.str]))).toEqual(
      describeType(types.either(types.either(types.int, types.bool), types.str)),
    );
    expect(describeType(types.attrsOf(types.ints.between(1, 9)))).toEqual({
      name: 'attrsOf',
      elementType: { name: 'int', lowest: 1, highest: 9 },
    });
  });

  test('props are the JSON Schema of their input: a default makes a prop optional', () => {
    const aspect = defineAspect({
      name: 'demo',
      darwin: () => ({}),
      props: z.object({ casks: z.array(z.string()).default([]) }),
    });
    expect(snapshotPackage(manifest, { aspect }).aspects.demo!.props).toEqual({
      type: 'object',
      properties: { casks: { type: 'array', items: { type: 'string' }, default: [] } },
    });
  });
});
