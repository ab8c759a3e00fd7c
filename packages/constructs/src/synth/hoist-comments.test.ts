import { NixCommented, withComment } from '@cdknix/nix';
import { describe, expect, test } from 'vitest';
import { hoistComments } from './hoist-comments.js';

const commentOf = (value: unknown) => (NixCommented.isCommented(value) ? value.comment : undefined);

describe('hoistComments', () => {
  test('a block whose values come from one file takes one comment: the file and its first line', () => {
    const hoisted = hoistComments({
      openssh: {
        enable: withComment(true, 'aspects/services: src/openssh.ts:10'),
        settings: { X11Forwarding: withComment(false, 'aspects/services: src/openssh.ts:8') },
      },
    });
    expect(commentOf(hoisted.openssh)).toBe('aspects/services: src/openssh.ts:8');
  });

  test('values from two files keep their own comments', () => {
    const hoisted = hoistComments({
      openssh: {
        enable: withComment(true, 'aspects/services: src/openssh.ts:10'),
        openFirewall: withComment(true, 'machines/web: src/index.ts:4'),
      },
    });
    expect(commentOf(hoisted.openssh)).toBeUndefined();
    const block = hoisted.openssh as Record<string, unknown>;
    expect(commentOf(block.openFirewall)).toBe('machines/web: src/index.ts:4');
  });

  test('a value without a comment keeps the block from taking one', () => {
    const hoisted = hoistComments({
      openssh: { enable: withComment(true, 'a: src/a.ts:1'), port: 22 },
    });
    expect(commentOf(hoisted.openssh)).toBeUndefined();
  });
});
