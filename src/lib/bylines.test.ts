import { expect, test } from 'vitest';
import { articlesByName, creditedNames, creditsOf, unmatchedNames } from './bylines.ts';

const a = { id: 'a', data: { author: ['马远征', '张文玉'], correspondents: ['马远征'], editor: ['乔海印'] } };
const b = { id: 'b', data: { author: ['林晓雨'], editor: ['乔海印'] } };

test('creditedNames lists authors, correspondents and editors once', () => {
  expect(creditedNames(a)).toEqual(['马远征', '张文玉', '乔海印']);
});

test('creditsOf says how a name is credited, in byline order', () => {
  expect(creditsOf(a, '马远征')).toEqual(['作者', '通讯员']);
  expect(creditsOf(a, '乔海印')).toEqual(['责任编辑']);
  expect(creditsOf(b, '马远征')).toEqual([]);
});

test('articlesByName finds each known person as author, correspondent or editor', () => {
  const byName = articlesByName([a, b], new Set(['马远征', '乔海印', '无名']));
  expect(byName.get('马远征')?.map((x) => x.id)).toEqual(['a']);
  expect(byName.get('乔海印')?.map((x) => x.id)).toEqual(['a', 'b']);
  expect(byName.get('无名')).toEqual([]);
  expect(byName.has('林晓雨')).toBe(false);
});

test('unmatchedNames lists names without a person, with their files', () => {
  const unmatched = unmatchedNames(
    [
      { file: 'a.md', article: a },
      { file: 'b.md', article: b },
    ],
    new Set(['马远征', '乔海印']),
  );
  expect([...unmatched]).toEqual([
    ['林晓雨', ['b.md']],
    ['张文玉', ['a.md']],
  ]);
});
