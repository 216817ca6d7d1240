import { describe, expect, test } from 'vitest';
import { HEADLINE_NOTICE_DAYS, headlineOf, staleHeadline } from './headline.ts';

/** An article as the front page sees it: its id, flags and date. */
const article = (id: string, date: string, flags: string[] = []) => ({ id, data: { flags, date: new Date(date) } });

describe('headlineOf', () => {
  test('is the newest article flagged headline, else the newest', () => {
    const flagged = article('flagged', '2026-11-19T01:00:00Z', ['headline', 'featured']);
    const older = article('older', '2026-11-01T01:00:00Z', ['headline']);
    const newest = article('newest', '2026-11-25T03:00:00Z');
    expect(headlineOf([newest, flagged, older])).toBe(flagged);
    expect(headlineOf([newest, article('plain', '2026-11-01T01:00:00Z')])).toBe(newest);
    expect(headlineOf([])).toBeUndefined();
  });
});

describe('staleHeadline', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  const newest = article('newest', '2026-11-25T03:00:00Z');

  test(`names a flagged headline older than ${HEADLINE_NOTICE_DAYS} days that later articles sit under, with how many`, () => {
    const old = article('old', '2026-11-19T23:59:59Z', ['headline']);
    expect(staleHeadline([newest, article('b', '2026-11-22T00:00:00Z'), old], now)).toEqual({ headline: old, newer: 2 });
  });

  test('says nothing of a recent one, of one still the newest story, or where none is flagged (the newest leads)', () => {
    expect(staleHeadline([newest, article('exactly', '2026-11-20T00:00:00Z', ['headline'])], now)).toBeUndefined();
    expect(staleHeadline([article('alone', '2026-01-12T07:00:00Z', ['headline']), article('older', '2025-12-01T00:00:00Z')], now)).toBeUndefined();
    expect(staleHeadline([newest, article('plain', '2026-01-12T07:00:00Z')], now)).toBeUndefined();
    expect(staleHeadline([], now)).toBeUndefined();
  });
});
