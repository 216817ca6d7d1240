import { describe, expect, test } from 'vitest';
import { inlineHash } from './csp.ts';

describe('inlineHash', () => {
  test("gives the hash-source the CSP specification gives for its example script", () => {
    // Content Security Policy Level 2, §4.2.4 (the "hash-source" example).
    expect(inlineHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  test('hashes the text as UTF-8, as browsers do', () => {
    expect(inlineHash('搜索')).not.toBe(inlineHash('搜 索'));
    expect(inlineHash('搜索')).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});
