import { expect, test } from 'vitest';
import { mdxAttributeText } from './mdx-attribute.ts';

const braces = (value: string) => ({ value });

test.each([
  ['_blank', '_blank'],
  [braces('"_blank"'), '_blank'],
  [braces(" 'noopener nofollow' "), 'noopener nofollow'],
  [braces('"\\x6aava\\u0073cript:alert(1)"'), 'javascript:alert(1)'],
  [braces('"a\\tb\\"c"'), 'a\tb"c'],
  [null, ''],
])('%j is the text %j', (value, text) => {
  expect(mdxAttributeText(value)).toBe(text);
});

test.each([braces('target'), braces('"a" + "b"'), braces('`_blank`'), undefined])('%j is code, or not written: no text', (value) => {
  expect(mdxAttributeText(value)).toBeUndefined();
});
