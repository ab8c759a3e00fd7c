/**
 * Real Nix as the oracle for conformance cases: renders a query (`renderQuery`), evaluates it
 * with `nix-instantiate --eval --strict --json`, and classifies a failure by the first line of
 * Nix's error, as FORMAT.md's "Error kinds" table does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nixInstantiate } from '@cdknix/nix-testing';
import type { ConformanceCase, QueryOutcome } from '../src/testing/index.js';
import { renderQuery } from './render-nix.js';

/** FORMAT.md's error kinds, by the first line of Nix's message; the first match wins. */
const ERROR_KINDS: readonly (readonly [string, RegExp])[] = [
  ['infinite-recursion', /infinite recursion encountered/],
  ['unknown-option', /The option `.*' does not exist\. Definition values:/],
  ['type', /A definition for option `.*' is not of type `/],
  [
    'conflict',
    /has conflicting definition values|has conflicting option types|is defined both null and not null|Cannot merge definitions of `/,
  ],
  ['not-unique', /is defined multiple times while it's expected to be unique/],
  ['no-value', /was accessed but has no value defined/],
  ['read-only', /is read-only, but it's set multiple times/],
  [
    'class',
    /cannot be imported into a module evaluation that expects class|declared multiple times with conflicting class values/,
  ],
  [
    'declaration',
    /is already declared in|would be a parent of the following options|expected an option declaration at option path/,
  ],
  ['not-attrs', /you're trying to define a value of type `/],
  ['condition', /[‘']mkIf[’'] called with a non-Boolean condition/],
  ['missing', /attribute '.*' missing|in selection path .* not found/],
  ['throw', /conformance-throw: /],
];

/** The message of Nix's error: from the first `error:` line. */
function firstErrorLine(stderr: string): string {
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => /^error:/.test(line.trim()));
  if (start === -1) return stderr.trim().split('\n')[0] ?? '';
  // Nix 2.8 sometimes puts the message on the line after a bare `error:`.
  const first = lines[start]!.trim().replace(/^error:\s*/, '');
  return first === '' ? (lines[start + 1]?.trim() ?? '') : first;
}

/**
 * nixpkgs failing inside itself on a property's own attributes: a definition whose value is a
 * property the module system does not push down (`mkBefore` written for a group of options) is
 * split into definitions of `_type`, `priority` and `content`, and a set holding one of them is
 * then read as a property. Not the `missing` kind, which is about the case's own selections.
 */
const PROPERTY_INTERNALS = /^attribute '(priority|content|condition|contents)' missing$/;

export function classifyNixError(stderr: string): { error: string; message: string } {
  const message = firstErrorLine(stderr);
  if (PROPERTY_INTERNALS.test(message)) return { error: `unclassified (${message})`, message };
  const kind = ERROR_KINDS.find(([, pattern]) => pattern.test(message));
  return { error: kind?.[0] ?? `unclassified (${message})`, message };
}

export interface NixOracle {
  /** One query of a case, evaluated freshly by real Nix. */
  outcome(conformanceCase: ConformanceCase, path: string): QueryOutcome;
  dispose(): void;
}

/** `libPath`: a nixpkgs `lib` directory (FORMAT.md cases were recorded with nixpkgs 25.11). */
export function nixOracle(libPath: string): NixOracle {
  const directory = mkdtempSync(join(tmpdir(), 'cdknix-oracle-'));
  const file = join(directory, 'query.nix');
  return {
    outcome(conformanceCase, path) {
      writeFileSync(file, renderQuery(conformanceCase, path, libPath));
      const result = nixInstantiate(['--eval', '--strict', '--json', file]);
      if (result.status === 0) return { value: JSON.parse(result.stdout) };
      return classifyNixError(result.stderr);
    },
    dispose() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
