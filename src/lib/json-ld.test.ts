import { expect, test } from 'vitest';
import { jsonLdText } from './json-ld.ts';

test('a value holding </script> or <!-- cannot end the script: every < is escaped, and the JSON reads back the same', () => {
  const value = { headline: '标题</script><script>alert(1)</script>', description: '<!-- 注释', n: 1 };
  const text = jsonLdText(value);
  expect(text).not.toContain('<');
  expect(JSON.parse(text)).toEqual(value);
});

test('an empty field is left out, not written as "" or null: an article without text to describe it has no description', () => {
  const block = JSON.parse(jsonLdText({ '@type': 'NewsArticle', headline: '名单公示', description: '', image: null })) as Record<string, unknown>;
  expect(block).toEqual({ '@type': 'NewsArticle', headline: '名单公示' });
});
