import { types } from '@cdknix/modules';
import { describe, expect, test } from 'vitest';
import { formatValueType } from './format-value-type.js';
import { pathType } from './path-type.js';

describe('format value types', () => {
  // Each text is a `type` of home-manager 25.11's option data (../shared/nix-options), which
  // nixpkgs wrote for the same types.
  const json = formatValueType('JSON value');
  const toml = formatValueType('TOML value');
  test.each([
    [types.nullOr(json), 'null or JSON value'],
    [types.nullOr(toml), 'null or TOML value'],
    [types.attrsOf(json), 'attribute set of (JSON value)'],
    [types.attrsOf(types.attrsOf(json)), 'attribute set of attribute set of (JSON value)'],
    [types.listOf(toml), 'list of (TOML value)'],
    [types.either(pathType, json), 'absolute path or JSON value'],
    [types.attrsOf(types.either(toml, pathType)), 'attribute set of (TOML value or absolute path)'],
  ])('read nested as nixpkgs writes them: %#', (type, description) => {
    expect(type.description).toBe(description);
  });
});
