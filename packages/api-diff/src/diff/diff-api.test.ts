import { defineAspect, defineService } from '@cdknix/constructs';
import { mkOption, types } from '@cdknix/modules';
import { pkgs } from '@cdknix/nix';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { snapshotPackage } from '../snapshot/snapshot-package.js';
import { diffApi } from './diff-api.js';

const manifest = { name: '@cdknix/aspect-demo', version: '1.0.0' };

/** GIVEN two versions of one aspect's options (and props), WHEN diffed, THEN these changes. */
function diffAspects(
  before: { options?: Record<string, unknown>; props?: z.ZodType },
  after: { options?: Record<string, unknown>; props?: z.ZodType },
) {
  const version = (definition: typeof before) =>
    snapshotPackage(manifest, {
      demo: defineAspect({ name: 'demo', homeManager: () => ({}), ...definition }),
    });
  return diffApi(version(before), version(after));
}

const changeOf = (diff: ReturnType<typeof diffApi>) =>
  diff.changes.map(({ kind, bump, path }) => ({ kind, bump, path }));

const option = (type: any, extra: Record<string, unknown> = {}) =>
  mkOption({ type, default: [], description: 'Casks.', ...extra });

describe('options', () => {
  test('the same options give no change and need no release', () => {
    const options = { casks: option(types.listOf(types.str)) };
    expect(diffAspects({ options }, { options })).toEqual({
      package: '@cdknix/aspect-demo',
      bump: 'none',
      changes: [],
    });
  });

  test('an added option with a default is minor; without a default it is major', () => {
    const before = { casks: option(types.listOf(types.str)) };
    const withDefault = diffAspects(
      { options: before },
      { options: { ...before, brews: option(types.listOf(types.str)) } },
    );
    expect(changeOf(withDefault)).toEqual([
      { kind: 'added', bump: 'minor', path: 'aspects.demo.brews' },
    ]);
    expect(withDefault.changes[0]!.detail).toBe('added (list of string, default [])');
    const required = diffAspects(
      { options: before },
      { options: { ...before, token: mkOption({ type: types.str }) } },
    );
    expect(changeOf(required)).toEqual([
      { kind: 'added-required', bump: 'major', path: 'aspects.demo.token' },
    ]);
    expect(required.bump).toBe('major');
  });

  const withFonts = {
    casks: option(types.listOf(types.str)),
    fonts: option(types.bool, { default: true }),
  };

  test('a removed option is major and says what it was', () => {
    const diff = diffAspects(
      { options: withFonts },
      { options: { casks: option(types.listOf(types.str)) } },
    );
    expect(diff.bump).toBe('major');
    expect(changeOf(diff)).toEqual([
      { kind: 'removed', bump: 'major', path: 'aspects.demo.fonts' },
    ]);
    expect(diff.changes[0]!.detail).toBe('removed (was boolean, default true)');
  });

  test('a removed and an added option of the same type and default are a rename (major)', () => {
    const diff = diffAspects(
      { options: withFonts },
      {
        options: {
          casks: option(types.listOf(types.str)),
          manageFonts: option(types.bool, { default: true, description: 'Other words.' }),
        },
      },
    );
    expect(changeOf(diff)).toEqual([
      { kind: 'renamed', bump: 'major', path: 'aspects.demo.fonts' },
    ]);
    expect(diff.changes[0]!.detail).toBe(
      'renamed to aspects.demo.manageFonts (boolean, default true)',
    );
  });

  test('two candidates for one rename stay removed and added', () => {
    const diff = diffAspects(
      {
        options: {
          a: option(types.bool, { default: true }),
          b: option(types.bool, { default: true }),
        },
      },
      {
        options: {
          c: option(types.bool, { default: true }),
          d: option(types.bool, { default: true }),
        },
      },
    );
    expect(diff.changes.map((change) => change.kind)).toEqual([
      'removed',
      'removed',
      'added',
      'added',
    ]);
  });

  test.each([
    [
      'an enum loses a member',
      types.enum(['rust', 'go']),
      types.enum(['rust']),
      'type-narrowed',
      'major',
    ],
    [
      'an enum gains a member',
      types.enum(['rust']),
      types.enum(['rust', 'go']),
      'type-widened',
      'minor',
    ],
    ['null becomes allowed', types.str, types.nullOr(types.str), 'type-widened', 'minor'],
    ['null is no longer allowed', types.nullOr(types.str), types.str, 'type-narrowed', 'major'],
    [
      'a port becomes any unsigned integer',
      types.port,
      types.ints.unsigned,
      'type-widened',
      'minor',
    ],
    [
      'an integer range shrinks',
      types.ints.between(0, 10),
      types.ints.between(1, 10),
      'type-narrowed',
      'major',
    ],
    [
      'a list element type narrows',
      types.listOf(types.str),
      types.listOf(types.enum(['a'])),
      'type-narrowed',
      'major',
    ],
    ['str becomes strMatching', types.str, types.strMatching('[a-z]+'), 'type-narrowed', 'major'],
    [
      'either gains an alternative',
      types.either(types.int, types.str),
      types.oneOf([types.int, types.str, types.bool]),
      'type-widened',
      'minor',
    ],
    ['str becomes lines (definitions join)', types.str, types.lines, 'type-widened', 'minor'],
    [
      'a list becomes an attribute set',
      types.listOf(types.str),
      types.attrsOf(types.str),
      'type-changed',
      'major',
    ],
    [
      'a pattern changes',
      types.strMatching('[a-z]+'),
      types.strMatching('[a-z0-9]+'),
      'type-changed',
      'major',
    ],
    ['enum members become strings', types.enum(['a', 'b']), types.str, 'type-widened', 'minor'],
  ])('%s: %s', (_title, before, after, kind, bump) => {
    const diff = diffAspects(
      { options: { value: mkOption({ type: before as any }) } },
      { options: { value: mkOption({ type: after as any }) } },
    );
    expect(changeOf(diff)).toEqual([{ kind, bump, path: 'aspects.demo.value' }]);
  });

  test('the type change names both types', () => {
    const diff = diffAspects(
      { options: { languages: option(types.listOf(types.enum(['rust', 'go']))) } },
      { options: { languages: option(types.listOf(types.enum(['rust']))) } },
    );
    expect(diff.changes[0]!.detail).toBe(
      'type narrowed: list of one of "rust", "go" -> list of one of "rust"',
    );
  });

  test('a changed default is major; an added default minor; a removed default major', () => {
    const changed = diffAspects(
      { options: { sets: option(types.listOf(types.str), { default: ['a'] }) } },
      { options: { sets: option(types.listOf(types.str), { default: ['a', 'b'] }) } },
    );
    expect(changed.changes).toEqual([
      {
        kind: 'default-changed',
        bump: 'major',
        path: 'aspects.demo.sets',
        detail: 'default changed: ["a"] -> ["a","b"]: hosts that do not set it change',
      },
    ]);
    const added = diffAspects(
      { options: { token: mkOption({ type: types.str }) } },
      { options: { token: mkOption({ type: types.str, default: 'x' }) } },
    );
    expect(changeOf(added)).toEqual([
      { kind: 'default-added', bump: 'minor', path: 'aspects.demo.token' },
    ]);
    const removed = diffAspects(
      { options: { token: mkOption({ type: types.str, default: 'x' }) } },
      { options: { token: mkOption({ type: types.str }) } },
    );
    expect(changeOf(removed)).toEqual([
      { kind: 'default-removed', bump: 'major', path: 'aspects.demo.token' },
    ]);
  });

  test('package defaults compare by reference; computed defaults compare equal', () => {
    const editor = (pkg: unknown) => mkOption({ type: types.raw, default: pkg });
    const diff = diffAspects(
      {
        options: {
          editor: editor(pkgs.neovim),
          shell: mkOption({ type: types.str, default: () => 'zsh' }),
        },
      },
      {
        options: {
          editor: editor(pkgs.helix),
          shell: mkOption({ type: types.str, default: () => 'fish' }),
        },
      },
    );
    expect(diff.changes.map((change) => change.detail)).toEqual([
      'default changed: {"$ref":"pkgs.neovim"} -> {"$ref":"pkgs.helix"}: hosts that do not set it change',
    ]);
  });

  test('read-only and description changes', () => {
    const diff = diffAspects(
      { options: { id: mkOption({ type: types.str, default: 'a', description: 'Id.' }) } },
      {
        options: {
          id: mkOption({ type: types.str, default: 'a', description: 'The id.', readOnly: true }),
        },
      },
    );
    expect(changeOf(diff)).toEqual([
      { kind: 'description-changed', bump: 'patch', path: 'aspects.demo.id' },
      { kind: 'now-read-only', bump: 'major', path: 'aspects.demo.id' },
    ]);
    const documentation = diffAspects(
      { options: { id: mkOption({ type: types.str, default: 'a', description: 'Id.' }) } },
      { options: { id: mkOption({ type: types.str, default: 'a', description: 'The id.' }) } },
    );
    expect(documentation.bump).toBe('patch');
  });

  test('internal options are not API: changing one needs no release; making one internal removes it (major)', () => {
    const cache = (extra: Record<string, unknown>) =>
      mkOption({ type: types.str, default: '/var/cache/demo', internal: true, ...extra });
    const internalOnly = diffAspects(
      { options: { casks: option(types.listOf(types.str)), cache: cache({}) } },
      {
        options: {
          casks: option(types.listOf(types.str)),
          cache: cache({ type: types.int, default: 3 }),
          state: cache({}),
        },
      },
    );
    expect(internalOnly).toEqual({ package: '@cdknix/aspect-demo', bump: 'none', changes: [] });
    const hidden = diffAspects(
      { options: { fonts: option(types.bool, { default: true }) } },
      { options: { fonts: option(types.bool, { default: true, internal: true }) } },
    );
    expect(changeOf(hidden)).toEqual([
      { kind: 'removed', bump: 'major', path: 'aspects.demo.fonts' },
    ]);
  });

  test('options inside a submodule are compared one by one, nested groups by path', () => {
    const server = (extra: Record<string, unknown>) =>
      types.attrsOf(
        types.submodule({
          options: { port: mkOption({ type: types.port, default: 22 }), ...extra },
        }),
      );
    const diff = diffAspects(
      { options: { network: { servers: mkOption({ type: server({}), default: {} }) } } },
      {
        options: {
          network: {
            servers: mkOption({
              type: server({ user: mkOption({ type: types.str }) }),
              default: {},
            }),
          },
        },
      },
    );
    expect(changeOf(diff)).toEqual([
      { kind: 'added-required', bump: 'major', path: 'aspects.demo.network.servers.<name>.user' },
    ]);
  });
});

describe('props', () => {
  const base = z.object({ casks: z.array(z.string()).default([]), host: z.string() });

  test('a new optional prop is minor; a new required prop is major', () => {
    expect(
      changeOf(
        diffAspects(
          { props: base },
          { props: base.extend({ brews: z.array(z.string()).optional() }) },
        ),
      ),
    ).toEqual([{ kind: 'added', bump: 'minor', path: 'aspects.demo.props.brews' }]);
    expect(
      changeOf(diffAspects({ props: base }, { props: base.extend({ token: z.string() }) })),
    ).toEqual([{ kind: 'added-required', bump: 'major', path: 'aspects.demo.props.token' }]);
  });

  test('stricter props are major, looser props minor', () => {
    const stricter = diffAspects(
      { props: base },
      { props: base.extend({ host: z.string().regex(/^[a-z]+$/) }) },
    );
    expect(changeOf(stricter)).toEqual([
      { kind: 'type-narrowed', bump: 'major', path: 'aspects.demo.props.host' },
    ]);
    expect(stricter.changes[0]!.detail).toBe('type narrowed: string -> string matching ^[a-z]+$');
    const looser = diffAspects(
      { props: base },
      { props: base.extend({ host: z.string().nullable() }) },
    );
    expect(changeOf(looser)).toEqual([
      { kind: 'type-widened', bump: 'minor', path: 'aspects.demo.props.host' },
    ]);
    const required = diffAspects(
      { props: base },
      { props: base.extend({ casks: z.array(z.string()) }) },
    );
    expect(changeOf(required)).toEqual([
      { kind: 'default-removed', bump: 'major', path: 'aspects.demo.props.casks' },
      { kind: 'now-required', bump: 'major', path: 'aspects.demo.props.casks' },
    ]);
  });

  test('a removed prop is major; an array element type narrowing is found below the array', () => {
    expect(changeOf(diffAspects({ props: base }, { props: base.omit({ casks: true }) }))).toEqual([
      { kind: 'removed', bump: 'major', path: 'aspects.demo.props.casks' },
    ]);
    const elements = diffAspects(
      { props: base },
      { props: base.extend({ casks: z.array(z.enum(['firefox'])).default([]) }) },
    );
    expect(changeOf(elements)).toEqual([
      { kind: 'type-narrowed', bump: 'major', path: 'aspects.demo.props.casks.*' },
    ]);
  });

  test('an aspect without props that gains optional ones needs a minor release', () => {
    const diff = diffAspects({}, { props: z.object({ casks: z.array(z.string()).default([]) }) });
    expect(changeOf(diff)).toEqual([
      { kind: 'added', bump: 'minor', path: 'aspects.demo.props.casks' },
    ]);
  });
});

describe('aspects and services', () => {
  test('a removed aspect or class is major; a new aspect is minor', () => {
    const home = defineAspect({ name: 'home', homeManager: () => ({}), darwin: () => ({}) });
    const homeOnly = defineAspect({ name: 'home', homeManager: () => ({}) });
    const extra = defineAspect({ name: 'extra', nixos: () => ({}) });
    const diff = diffApi(
      snapshotPackage(manifest, { home }),
      snapshotPackage(manifest, { home: homeOnly, extra }),
    );
    expect(diff.changes).toEqual([
      { kind: 'added', bump: 'minor', path: 'aspects.extra', detail: 'aspect added' },
      {
        kind: 'removed',
        bump: 'major',
        path: 'aspects.home',
        detail: 'no longer has a darwin part: darwin hosts using it fail',
      },
    ]);
  });

  test('service roles: a new required role is major, a lower minimum minor, stricter settings major', () => {
    const vpn = (roles: Record<string, object>, networkId: z.ZodType) =>
      defineService({ name: 'vpn', settings: z.object({ networkId }), roles: roles as any });
    const before = vpn({ peer: { nixos: () => ({}), min: 1 } }, z.string());
    const after = vpn(
      { peer: { nixos: () => ({}) }, controller: { nixos: () => ({}), min: 1, max: 1 } },
      z.string().regex(/^[0-9a-f]{16}$/),
    );
    const diff = diffApi(
      snapshotPackage(manifest, { before }),
      snapshotPackage(manifest, { after }),
    );
    expect(changeOf(diff)).toEqual([
      { kind: 'added-required', bump: 'major', path: 'services.vpn.roles.controller' },
      { kind: 'type-widened', bump: 'minor', path: 'services.vpn.roles.peer' },
      { kind: 'type-narrowed', bump: 'major', path: 'services.vpn.settings.networkId' },
    ]);
  });
});
