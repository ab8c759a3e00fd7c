import { EmittedTexts, expectAllParse } from '@cdknix/nix-testing';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  InvalidIdentifierError,
  InvalidInterpolationError,
  InvalidPathError,
  InvalidPriorityError,
  InvalidWrapperNestingError,
} from '../errors/emit-errors.js';
import { toNix } from '../to-nix.js';
import { apply } from './application.js';
import { withComment } from './comment.js';
import { nixValuesEqual } from './equality.js';
import { nix } from './interpolated-string.js';
import { lambda } from './lambda.js';
import type { NixValue } from './nix-value.js';
import { path } from './path.js';
import { rawNix } from './raw-nix.js';
import { NixReference, ref, select } from './reference.js';
import { config, pkgs, type ReferenceProxy } from './scope.js';
import { mkIf } from './wrappers/condition.js';
import { mkMerge } from './wrappers/merge.js';
import { mkAfter, mkBefore, mkOrder } from './wrappers/order.js';
import { mkDefault, mkForce, mkOverride } from './wrappers/override.js';

const emitted = new EmittedTexts();
const emit = (value: NixValue) => emitted.record(toNix(value));

describe('references', () => {
  it('pkgs.x, ref(...) and select(...) are the same reference', () => {
    expect(pkgs.git?.equals(ref('pkgs', 'git'))).toBe(true);
    expect(ref('pkgs', 'git').equals(pkgs.git)).toBe(true);
    expect(
      select(ref('pkgs'), 'python3Packages', 'requests').equals(pkgs.python3Packages?.requests),
    ).toBe(true);
    expect(pkgs.git?.equals(pkgs.hello)).toBe(false);
    expect(nixValuesEqual([pkgs.git], [ref('pkgs', 'git')])).toBe(true);
  });

  it('quotes selection segments that are not identifiers', () => {
    expect(emit([pkgs['1password'], pkgs.if, pkgs['a.b'], pkgs.python3Packages?.requests])).toBe(
      '[\n  pkgs."1password"\n  pkgs."if"\n  pkgs."a.b"\n  pkgs.python3Packages.requests\n]',
    );
  });

  it('refuses a variable that is not an identifier', () => {
    expect(() => ref('if')).toThrow(InvalidIdentifierError);
    expect(() => ref('1password')).toThrow(/must match/);
  });

  it('cannot be turned into text by accident, so a plain template literal fails loudly', () => {
    expect(() => `${pkgs.git}/bin/git`).toThrow(/nix`\$\{pkgs.git\}/);
  });

  it('is never mistaken for a Promise', async () => {
    expect(pkgs.then).toBeUndefined();
    expect(NixReference.isReference(await Promise.resolve(pkgs.git))).toBe(true);
  });
});

describe('nix`…` strings', () => {
  it('keep literal parts as data and interpolate only nodes', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix `${` text, not a JS template
    expect(emit(nix`${pkgs.git}/bin/git`)).toBe('"${pkgs.git}/bin/git"');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix `${` text, not a JS template
    expect(emit(nix`echo ${'${HOME}'} ${42} costs $${pkgs.price}`)).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix `${` text, not a JS template
      '"echo \\${HOME} 42 costs \\$${pkgs.price}"',
    );
  });

  it('use an indented string for multi-line text, escaping `${` and `$` before a hole', () => {
    expect(emit({ script: nix`echo \${HOME}\ncost=$${pkgs.price}\n` })).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Nix `${` text, not a JS template
      "{\n  script = ''\n    echo ''${HOME}\n    cost=''$${pkgs.price}\n  '';\n}",
    );
  });

  it('flatten nested nix`…` strings and compare structurally', () => {
    const inner = nix`${pkgs.git}/bin`;
    expect(nix`${inner}/git`.equals(nix`${pkgs.git}/bin/git`)).toBe(true);
  });

  it('refuse holes that have no string form', () => {
    expect(() => nix`${true}`).toThrow(InvalidInterpolationError);
    expect(() => nix`${mkForce(1)}`).toThrow(InvalidInterpolationError);
  });
});

describe('paths', () => {
  it('are bare when Nix allows it and a base plus a string otherwise', () => {
    expect(
      emit([
        path('./motd.txt'),
        path('/etc/hosts'),
        path('../x'),
        path('./.'),
        path('./my file'),
        path('/a b/c'),
      ]),
    ).toBe(
      '[\n  ./motd.txt\n  /etc/hosts\n  ../x\n  ./.\n  (./. + "/my file")\n  (/. + "/a b/c")\n]',
    );
  });

  it.each(['~/x', 'motd.txt', '<nixpkgs>', './dir/', './a//b', ''])(
    'refuses %j with a fix',
    (text) => {
      expect(() => path(text)).toThrow(InvalidPathError);
    },
  );
});

describe('raw Nix, application and lambdas', () => {
  it('parenthesise raw text and calls where a bare expression would change meaning', () => {
    expect(
      emit([
        rawNix('builtins.readFile ./x'),
        apply(ref('lib', 'optionalString'), true, 'x'),
        rawNix('pkgs.git'),
      ]),
    ).toBe('[\n  (builtins.readFile ./x)\n  (lib.optionalString true "x")\n  pkgs.git\n]');
  });

  it('write overlays as curried functions with the body on the same line', () => {
    expect(emit(lambda(['final', 'prev'], { git: ref('prev', 'gitMinimal') }))).toBe(
      'final: prev: {\n  git = prev.gitMinimal;\n}',
    );
    expect(() => lambda(['in'], null)).toThrow(InvalidIdentifierError);
  });
});

describe('module-system wrappers', () => {
  it('print as lib functions, parenthesised inside lists and arguments', () => {
    expect(emit(mkMerge([mkBefore(['a']), ['b'], mkOrder(1200, ['c']), mkAfter(['d'])]))).toBe(
      'lib.mkMerge [\n  (lib.mkBefore [ "a" ])\n  [ "b" ]\n  (lib.mkOrder 1200 [ "c" ])\n  (lib.mkAfter [ "d" ])\n]',
    );
    expect(emit(mkIf(config.services?.nginx?.enable, mkForce(mkBefore(-1))))).toBe(
      'lib.mkIf config.services.nginx.enable (lib.mkForce (lib.mkBefore (-1)))',
    );
    expect(emit([mkDefault(1), mkOverride(900, 'x')])).toBe(
      '[\n  (lib.mkDefault 1)\n  (lib.mkOverride 900 "x")\n]',
    );
  });

  it.each([
    ['mkBefore(mkForce(x))', () => mkBefore(mkForce('x'))],
    ['mkForce(mkIf(c, x))', () => mkForce(mkIf(true, 'x'))],
    ['mkForce(mkMerge([...]))', () => mkForce(mkMerge(['x']))],
    ['mkOrder(500, mkOrder(2000, x))', () => mkOrder(500, mkOrder(2000, 'x'))],
    ['mkForce(mkDefault(x))', () => mkForce(mkDefault('x'))],
  ])('refuse %s, which the module system rejects', (_name, build) => {
    expect(build).toThrow(InvalidWrapperNestingError);
  });

  it('accept the nesting the module system accepts', () => {
    expect(() => mkIf(true, mkForce(mkBefore(['x'])))).not.toThrow();
    expect(() => mkMerge([mkIf(true, mkMerge([mkForce('x')]))])).not.toThrow();
  });

  it('compare by meaning: mkForce is mkOverride 50, mkBefore is mkOrder 500', () => {
    expect(mkForce(pkgs.git).equals(mkOverride(50, ref('pkgs', 'git')))).toBe(true);
    expect(mkBefore(['a']).equals(mkOrder(500, ['a']))).toBe(true);
    expect(mkForce('a').equals(mkOrder(50, 'a'))).toBe(false);
    expect(mkIf(true, { a: 1 }).equals(mkIf(true, { a: 1 }))).toBe(true);
    expect(withComment(1, 'note').equals(1)).toBe(true);
  });

  it('refuse a priority that is not an integer', () => {
    expect(() => mkOverride(1.5, 'x')).toThrow(InvalidPriorityError);
  });

  it('expose kind, priority and content for the evaluator', () => {
    const wrapper = mkForce(mkBefore(['x']));
    expect(wrapper.kind).toBe('override');
    expect(wrapper.priority).toBe(50);
    expectTypeOf(wrapper.kind).toEqualTypeOf<'override'>();
  });
});

describe('types', () => {
  it('let proxies be used directly as values', () => {
    expectTypeOf(pkgs).toMatchTypeOf<ReferenceProxy>();
    expectTypeOf(pkgs.git).toMatchTypeOf<NixValue>();
    expectTypeOf(mkForce).parameter(0).toEqualTypeOf<NixValue>();
  });
});

describe('emitted texts', () => {
  it('every text this file emitted parses with nix-instantiate --parse', () => {
    expectAllParse(emitted.all, ['pkgs', 'lib', 'config', 'prev']);
  });
});
