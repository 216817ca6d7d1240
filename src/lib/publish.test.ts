import { describe, expect, test } from 'vitest';
import { ContentError } from './errors.ts';
import { buildTime, isPublished, lastModified, unpublishedReason } from './publish.ts';

const now = new Date('2024-06-01T00:00:00Z');

describe('isPublished', () => {
  test.each([
    ['a past article', { draft: false, date: new Date('2024-05-31T23:59:59Z') }, true],
    ['an article dated exactly now', { draft: false, date: now }, true],
    ['a future article', { draft: false, date: new Date('2024-06-01T00:00:01Z') }, false],
    ['a past draft', { draft: true, date: new Date('2024-01-01T00:00:00Z') }, false],
    ['a future draft', { draft: true, date: new Date('2025-01-01T00:00:00Z') }, false],
  ])('%s → %s', (_, article, expected) => {
    expect(isPublished(article, now)).toBe(expected);
  });

  test('a future article appears in a build after its date', () => {
    const article = { draft: false, date: new Date('2024-06-02T08:00:00Z') };
    expect(isPublished(article, now)).toBe(false);
    expect(isPublished(article, new Date('2024-06-02T08:00:00Z'))).toBe(true);
    expect(isPublished(article, new Date('2024-06-03T00:00:00Z'))).toBe(true);
  });
});

describe('unpublishedReason', () => {
  test('names drafts and scheduled articles', () => {
    expect(unpublishedReason({ draft: true, date: now }, now)).toBe('草稿');
    expect(unpublishedReason({ draft: false, date: new Date('2030-01-01') }, now)).toBe('定时发布');
    expect(unpublishedReason({ draft: false, date: now }, now)).toBeUndefined();
  });
});

describe('buildTime', () => {
  test('is BAODAO_NOW when set', () => {
    expect(buildTime({ BAODAO_NOW: '2024-06-01T00:00:00Z' }).toISOString()).toBe('2024-06-01T00:00:00.000Z');
  });
  test('is the clock otherwise', () => {
    const before = Date.now();
    const time = buildTime({}).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });
  test('takes an offset', () => {
    expect(buildTime({ BAODAO_NOW: '2024-06-01T08:00:00+08:00' }).toISOString()).toBe('2024-06-01T00:00:00.000Z');
    expect(buildTime({ BAODAO_NOW: '2024-06-01 08:00:00+08:00' }).toISOString()).toBe('2024-06-01T00:00:00.000Z');
  });

  test.each(['soon', '2024-06-01 08:00:00', '2024-06-01'])('rejects %s: not a date, or a time the machine would place', (value) => {
    expect(() => buildTime({ BAODAO_NOW: value })).toThrow(ContentError);
    expect(() => buildTime({ BAODAO_NOW: value })).toThrow(/BAODAO_NOW: .*带时区/);
  });
});

describe('lastModified', () => {
  const date = new Date('2025-08-21T01:00:00Z');
  const updated = new Date('2025-08-21T09:45:00Z');
  const corrected = new Date('2025-08-22T01:30:00Z');

  test('the date when nothing changed since', () => {
    expect(lastModified({ date })).toEqual(date);
    expect(lastModified({ date, corrections: [] })).toEqual(date);
  });

  test('the 更新 time, or a later 更正', () => {
    expect(lastModified({ date, updated })).toEqual(updated);
    expect(lastModified({ date, updated, corrections: [{ date: corrected }, { date }] })).toEqual(corrected);
    expect(lastModified({ date, updated: corrected, corrections: [{ date: updated }] })).toEqual(corrected);
  });
});
