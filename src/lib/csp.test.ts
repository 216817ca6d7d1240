import { describe, expect, test } from 'vitest';
import { inlineHash } from './csp.ts';

describe('inlineHash', () => {
  test("gives the hash-source the CSP specification gives for its example script", () => {
    // Content Security Policy Level 2, §4.2.4 (the "hash-source" example).
    expect(inlineHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  test('hashes the text as UTF-8, as browsers do', () => {
    // SHA-256 of the six bytes e6 90 9c e7 b4 a2 (搜索 in UTF-8), from Python's hashlib.
    expect(inlineHash('搜索')).toBe('sha256-RM566Qm7sou748u7qNYXtxIXhp1idBtMEE3BI6bvYD0=');
  });
});
