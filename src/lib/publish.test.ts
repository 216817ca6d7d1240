import { describe, expect, test } from 'vitest';
import { ContentError } from './errors.ts';
import { becameDue, buildTime, changesAfter, changesUnseen, isPublished, lastModified, neverShown, standing, unpublishedAsWritten, unpublishedReason } from './publish.ts';

const now = new Date('2024-06-01T00:00:00Z');
const withdrawn = { date: new Date('2024-05-02T00:00:00Z'), reason: '法院判决要求删除' };

describe('isPublished', () => {
  test.each([
    ['a past article', { draft: false, date: new Date('2024-05-31T23:59:59Z') }, true],
    ['an article dated exactly now', { draft: false, date: now }, true],
    ['a future article', { draft: false, date: new Date('2024-06-01T00:00:01Z') }, false],
    ['a past draft', { draft: true, date: new Date('2024-01-01T00:00:00Z') }, false],
    ['a future draft', { draft: true, date: new Date('2025-01-01T00:00:00Z') }, false],
    ['a withdrawn article', { draft: false, date: new Date('2024-05-01T00:00:00Z'), withdrawn }, false],
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

describe('standing', () => {
  const past = new Date('2024-05-01T00:00:00Z');
  const later = new Date('2024-07-01T00:00:00Z');
  test.each([
    ['a past article', { draft: false, date: past }, '已发布'],
    ['a future article', { draft: false, date: later }, '定时发布'],
    ['a draft', { draft: true, date: past }, '草稿'],
    ['a withdrawn article', { draft: false, date: past, withdrawn }, '撤稿'],
    // A takedown never waits for a date: an article withdrawn before it came out is withdrawn.
    ['a scheduled article withdrawn before its date', { draft: false, date: later, withdrawn }, '撤稿'],
    // The schema refuses both at once; a draft was never published, so there is nothing to withdraw.
    ['a withdrawn draft', { draft: true, date: past, withdrawn }, '草稿'],
  ] as const)('%s → %s', (_, article, expected) => {
    expect(standing(article, now)).toBe(expected);
  });
});

describe('neverShown', () => {
  test.each([
    [{ draft: false }, false],
    [{ draft: false, withdrawn: undefined }, false],
    [{ draft: true }, true],
    [{ draft: false, withdrawn }, true],
    // Front matter as written, before its schema: `withdrawn:` with anything in it says what the editor means.
    [{ withdrawn: { date: '2024-05-02', reason: '隐私' } }, true],
    [{ withdrawn: null }, false],
    [{ draft: 'true' }, false],
  ])('%o → %s', (article, expected) => {
    expect(neverShown(article)).toBe(expected);
  });
});

describe('unpublishedAsWritten', () => {
  // 2024-06-01 08:00 in Shanghai is `now`; front matter as written keeps its dates as text.
  const tz = 'Asia/Shanghai';
  test.each([
    ['a past article', { date: '2024-05-31 09:00' }, tz, false],
    ['an article dated exactly now, in the site time zone', { date: '2024-06-01 08:00:00' }, tz, false],
    ['an article a second later, in the site time zone', { date: '2024-06-01 08:00:01' }, tz, true],
    ['the same wall clock at an earlier offset', { date: '2024-06-01T08:00:01+09:00' }, tz, false],
    ['a future article parsed as a date', { date: new Date('2024-06-01T00:00:01Z') }, tz, true],
    ['a date that cannot be read: the schema names it', { date: '2024-13-01' }, tz, false],
    ['a future date where dates do not schedule (a topic)', { date: '2099-01-01' }, undefined, false],
    ['a draft', { draft: true, date: '2020-01-01' }, tz, true],
    ['a draft where dates do not schedule', { draft: true }, undefined, true],
    ['draft: "true", which the schema refuses', { draft: 'true', date: '2020-01-01' }, tz, false],
    ['a withdrawn article', { date: '2020-01-01', withdrawn: { date: '2024-05-02', reason: '隐私' } }, tz, true],
  ] as const)('%s → %s', (_, data, timeZone, expected) => {
    expect(unpublishedAsWritten(data, now, timeZone)).toBe(expected);
  });

  test('agrees with standing for parsed front matter', () => {
    for (const article of [
      { draft: false, date: new Date('2024-05-01T00:00:00Z') },
      { draft: false, date: new Date('2024-07-01T00:00:00Z') },
      { draft: true, date: new Date('2024-05-01T00:00:00Z') },
      { draft: false, date: new Date('2024-05-01T00:00:00Z'), withdrawn },
    ]) {
      expect(unpublishedAsWritten(article, now, tz)).toBe(standing(article, now) !== '已发布');
    }
  });
});

describe('unpublishedReason', () => {
  test('names drafts and scheduled articles', () => {
    expect(unpublishedReason({ draft: true, date: now }, now)).toBe('草稿');
    expect(unpublishedReason({ draft: false, date: new Date('2030-01-01') }, now)).toBe('定时发布');
    expect(unpublishedReason({ draft: false, date: now }, now)).toBeUndefined();
    // A withdrawn article is not previewed as one waiting to come out: it is not shown at all.
    expect(unpublishedReason({ draft: false, date: now, withdrawn }, now)).toBeUndefined();
  });
});

describe('becameDue', () => {
  // The hourly run's window: the last deploy built at 09:02, this run at 10:02, Beijing time.
  const since = new Date('2026-11-27T01:02:00Z');
  const now = new Date('2026-11-27T02:02:00Z');
  test.each([
    ['dated inside the window, in the site\'s time zone', { draft: false, date: '2026-11-27 10:00' }, true],
    ['dated inside the window, with its offset', { draft: false, date: '2026-11-27T02:00:00Z' }, true],
    ['dated at the end of the window', { draft: false, date: '2026-11-27 10:02' }, true],
    ['published by the last deploy', { draft: false, date: '2026-11-27 09:02' }, false],
    ['published long ago', { draft: false, date: '2024-01-23 09:08:47' }, false],
    ['still to come', { draft: false, date: '2026-11-27 10:03' }, false],
    // 10:00 read as UTC would be 18:00 in Beijing: still to come.
    ['written as 10:00 UTC', { draft: false, date: '2026-11-27T10:00:00Z' }, false],
    ['a draft dated inside the window', { draft: true, date: '2026-11-27 10:00' }, false],
    ['withdrawn, dated inside the window', { draft: false, date: '2026-11-27 10:00', withdrawn: { date: '2026-11-27 09:30', reason: '' } }, false],
  ])('%s', (_, data, expected) => {
    expect(becameDue(data, since, now, 'Asia/Shanghai')).toBe(expected);
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

describe('changesAfter', () => {
  const now = new Date('2026-11-27T01:00:00Z');
  test('names each 更新 or 更正 dated after now by its place in the front matter; one at now or before is none', () => {
    expect(changesAfter({}, now)).toEqual([]);
    expect(changesAfter({ updated: now, corrections: [{ date: new Date('2026-11-26T16:00:00Z') }] }, now)).toEqual([]);
    const updated = new Date('2026-12-21T02:00:00Z');
    const corrected = new Date('2027-11-22T00:00:00Z');
    expect(changesAfter({ updated, corrections: [{ date: now }, { date: corrected }] }, now)).toEqual([
      { path: ['updated'], date: updated },
      { path: ['corrections', 1, 'date'], date: corrected },
    ]);
  });
});

describe('changesUnseen', () => {
  const date = new Date('2026-11-20T01:00:00Z'); // 09:00 in Shanghai
  const sameDay = new Date('2026-11-19T16:00:00Z'); // the day alone: 00:00 in Shanghai
  test('names each 更新 or 更正 dated no later than the article, which its last change does not show', () => {
    expect(changesUnseen({ date })).toEqual([]);
    expect(changesUnseen({ date, updated: new Date(date.getTime() + 1000), corrections: [{ date: new Date('2026-11-20T16:00:00Z') }] })).toEqual([]);
    expect(changesUnseen({ date, updated: date, corrections: [{ date: new Date('2026-11-21T16:00:00Z') }, { date: sameDay }] })).toEqual([
      { path: ['updated'], date },
      { path: ['corrections', 1, 'date'], date: sameDay },
    ]);
    expect(lastModified({ date, corrections: [{ date: sameDay }] })).toEqual(date);
  });
});
