import { describe, expect, test } from 'vitest';
import { MalformedOptionError, UnreadableOptionsDocumentError } from '../errors/import-errors.js';
import { readSharedOptions } from '../testing/shared-options.js';
import { readOptionsDocument } from './read-options-document.js';

describe('readOptionsDocument', () => {
  test('reads the raw nixosOptionsDoc format, keeping literalExpression and literalMD apart', () => {
    const document = readSharedOptions('home-manager-2024-03.raw-options.json');
    expect(document.source.format).toBe('options.json');
    expect(document.source.optionCount).toBe(document.options.length);
    const priority = document.options.find(
      (option) => option.path.join('.') === 'accounts.calendar.accounts.<name>.khal.priority',
    );
    expect(priority?.typeDescription).toBe('signed integer');
    expect(priority?.default).toEqual({ kind: 'expression', text: '10' });
  });

  test('reads the search-index format with its last_update, and "" as an absent example', () => {
    const document = readSharedOptions('home-manager-unstable.options.json');
    expect(document.source).toMatchObject({
      format: 'search-index',
      lastUpdate: 'May 19, 2026 at 08:32 UTC',
      optionCount: 5393,
    });
    const calendars = document.options.find(
      (option) => option.path.join('.') === 'accounts.calendar.accounts',
    );
    expect(calendars?.example).toBeUndefined();
    expect(calendars?.default).toEqual({ kind: 'text', text: '{ }' });
  });

  test('returns options sorted by path, whatever the order in the file', () => {
    const text = JSON.stringify({
      'b.a': { type: 'boolean', description: '', loc: ['b', 'a'] },
      'a.b': { type: 'string', description: '', loc: ['a', 'b'] },
    });
    expect(
      readOptionsDocument(text, 'x.json').options.map((option) => option.path.join('.')),
    ).toEqual(['a.b', 'b.a']);
  });

  test('a malformed option names the file, the option, the field and what was received', () => {
    const text = JSON.stringify({ 'a.b': { type: 3, loc: ['a', 'b'] } });
    const error = (() => {
      try {
        readOptionsDocument(text, 'broken.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(MalformedOptionError.is(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /broken\.json: option a\.b: field "type" should be a string, received 3/,
    );
  });

  test('text that is not JSON is an unreadable document naming the file', () => {
    expect(() => readOptionsDocument('{', 'nope.json')).toThrow(
      /nope\.json: cannot read the options file/,
    );
    try {
      readOptionsDocument('{', 'nope.json');
    } catch (error) {
      expect(UnreadableOptionsDocumentError.is(error)).toBe(true);
    }
  });
});
