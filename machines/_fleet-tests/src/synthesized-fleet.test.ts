import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memberIdFact } from '@cdknix/aspect-zerotier';
import {
  type Aspect,
  defaultOptionSets,
  defineAspect,
  Fleet,
  type HostSpec,
  type SynthResult,
  synthFleet,
} from '@cdknix/constructs';
import { NixReference } from '@cdknix/nix';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadHostSpecs } from './discover-hosts.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
/** Each host's package list, recorded: regenerate with `UPDATE_PACKAGE_SETS=1` after an intended change. */
const packageSetsFile = join(here, '..', 'package-sets.json');

let specs: HostSpec[];
let fleet: Fleet;
let result: SynthResult;

function synth(hostSpecs: readonly HostSpec[]): { fleet: Fleet; result: SynthResult } {
  const built = new Fleet({ root });
  for (const spec of hostSpecs) built.addHost(spec);
  return { fleet: built, result: synthFleet(built, { optionSets: defaultOptionSets }) };
}

const system = (name: string) => result.evaluations.get(name)!.system;
const packageName = (value: unknown) =>
  NixReference.isReference(value) ? value.segments.join('.') : String(value);

beforeAll(async () => {
  specs = await loadHostSpecs();
  ({ fleet, result } = synth(specs));
}, 60_000);

describe('the synthesized reference fleet', () => {
  test('synthesizes with no errors and no warnings', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('users exist on every host with the shells they chose', () => {
    for (const spec of specs) {
      const users = system(spec.name).valueOf(['users', 'users']) as Record<
        string,
        { shell: unknown }
      >;
      for (const user of spec.users) {
        expect(packageName(users[user.name]?.shell), `${spec.name}/${user.name}`).toBe(user.shell);
      }
    }
  });

  test('the VPN controller authorizes every other host of the fleet', () => {
    const script = system('cinnabar').valueOf([
      'systemd',
      'services',
      'zerotier-authorize-members',
      'script',
    ]) as string;
    for (const spec of specs) expect(script, spec.name).toContain(spec.facts[memberIdFact]!);
  });

  test('laptops have their casks and servers have none', () => {
    for (const spec of specs.filter((entry) => entry.class === 'darwin')) {
      const casks = system(spec.name).valueOf(['homebrew', 'casks']) as unknown[];
      expect(casks.length, spec.name).toBeGreaterThan(5);
      expect(casks, spec.name).toContain('zerotier-one');
    }
  });

  test('servers have hardened SSH: no passwords, no keyboard-interactive login, no root password login', () => {
    for (const spec of specs.filter((entry) => entry.class === 'nixos')) {
      const settings = system(spec.name).valueOf(['services', 'openssh', 'settings']) as Record<
        string,
        unknown
      >;
      expect(settings.PasswordAuthentication, spec.name).toBe(false);
      expect(settings.KbdInteractiveAuthentication, spec.name).toBe(false);
      expect(['no', 'prohibit-password'], spec.name).toContain(settings.PermitRootLogin);
    }
  });

  test('has the size of a real fleet: over 80 module contributions and about 270 distinct packages', () => {
    const packages = new Set(result.summaries.flatMap((summary) => summary.packages));
    expect(packages.size).toBeGreaterThanOrEqual(250);
    const contributions = new Set(
      specs.flatMap((spec) =>
        fleet.tryFindHost(spec.name)!.aspects.flatMap((resolved) => resolved.aspect.parts),
      ),
    );
    const userContributions = new Set(
      specs.flatMap((spec) =>
        spec.users.flatMap((user) =>
          fleet
            .tryFindHost(spec.name)!
            .users.find((entry) => entry.user === user)!
            .aspects.flatMap((resolved) => resolved.aspect.parts),
        ),
      ),
    );
    expect(new Set([...contributions, ...userContributions]).size).toBeGreaterThanOrEqual(80);
  });

  test("each host's package set is the recorded one (no unintended change)", () => {
    const current = Object.fromEntries(
      result.summaries.map((summary) => [summary.name, summary.packages]),
    );
    if (process.env.UPDATE_PACKAGE_SETS === '1' || !existsSync(packageSetsFile)) {
      writeFileSync(packageSetsFile, `${JSON.stringify(current, null, 2)}\n`);
    }
    expect(current).toEqual(JSON.parse(readFileSync(packageSetsFile, 'utf8')));
  });
});

describe('changing one aspect', () => {
  test('changes every host that uses it and no other', () => {
    const target = 'homebrew';
    const users = new Set(
      specs
        .filter((spec) =>
          fleet.tryFindHost(spec.name)!.aspects.some((resolved) => resolved.aspect.name === target),
        )
        .map((spec) => spec.name),
    );
    expect(users.size).toBeGreaterThan(0);
    expect(users.size).toBeLessThan(specs.length);
    const swap = (aspect: Aspect<any>): Aspect<any> =>
      aspect.name !== target
        ? aspect
        : defineAspect({
            ...aspect,
            props: aspect.propsSchema,
            parts: [...aspect.parts],
            darwin: () => ({ homebrew: { brews: ['cowsay'] } }),
          });
    const changedSpecs = specs.map(
      (spec) =>
        ({
          ...spec,
          aspects: spec.aspects.map((reference) =>
            'aspect' in reference ? reference : swap(reference),
          ),
        }) as HostSpec,
    );
    const changed = synth(changedSpecs).result;
    expect(changed.ok).toBe(true);
    const differing = new Set(
      [...result.files.keys()]
        .filter(
          (file) => file.startsWith('hosts/') && changed.files.get(file) !== result.files.get(file),
        )
        .map((file) => file.split('/')[1]!),
    );
    expect(differing).toEqual(users);
  }, 60_000);
});
