import { describe, expect, test } from 'vitest';
import { dateAsMeant, formatAsWritten, formatDate, formatDateTime, formatIso, formatMonth, formatMonthOfYear, formatRfc822, formatWallClockIso, formatYear, impossibleDate, monthFolder, parseSiteDate, writesTime, zonedParts, zoneProblem } from './dates.ts';

const SHANGHAI = 'Asia/Shanghai';

describe('dateAsMeant', () => {
  test.each([
    ['2024年3月5日', '2024-03-05', undefined],
    ['2024年03月05日 10:00', '2024-03-05', '10:00'],
    ['2024年3月5日10点30分', '2024-03-05', '10:30'],
    ['2024/03/05 10:00', '2024-03-05', '10:00'],
    ['2024/3/5 9:08:47', '2024-03-05', '09:08:47'],
    ['2025.10.05 09:00', '2025-10-05', '09:00'],
    ['２０２４－０３－０５', '2024-03-05', undefined],
    ['２０２４年３月５日 １０：００', '2024-03-05', '10:00'],
    ['2024-03-05 10：00', '2024-03-05', '10:00'],
  ])('%s is the day %s at %s', (text, day, time) => {
    expect(dateAsMeant(text)).toEqual(day === undefined ? undefined : { day, time, text: time ? `${day} ${time}` : day });
  });

  // A time zone in words, or an offset of hours and minutes, after the time: read as the offset it names.
  test.each([
    ['2026-11-28 09:00 北京时间', '2026-11-28', '09:00', '+08:00'],
    ['2026-11-28 09:00（北京时间）', '2026-11-28', '09:00', '+08:00'],
    ['2026年11月28日 9:00 (北京时间)', '2026-11-28', '09:00', '+08:00'],
    ['2026-11-28 09:00 GMT+8', '2026-11-28', '09:00', '+08:00'],
    ['2026-11-28 09:00 UTC+08:00', '2026-11-28', '09:00', '+08:00'],
    ['2026-11-28 09:00 UTC', '2026-11-28', '09:00', '+00:00'],
    ['2026-11-28 09:00:30 GMT', '2026-11-28', '09:00:30', '+00:00'],
    ['2026-11-28 09:00 GMT+0800', '2026-11-28', '09:00', '+08:00'],
    ['2026-11-28 09:00 UTC-5', '2026-11-28', '09:00', '-05:00'],
    ['2026/11/28 09:00 +05:30', '2026-11-28', '09:00', '+05:30'],
    ['2026/11/28 09:00 +0800', '2026-11-28', '09:00', '+08:00'],
    ['2026/11/28 09:00 -05:00', '2026-11-28', '09:00', '-05:00'],
    ['2026/11/28 09:00:00-05:00', '2026-11-28', '09:00:00', '-05:00'],
    ['２０２６－１１－２８ ０９：００ ＋０８：００', '2026-11-28', '09:00', '+08:00'],
    ['2026年11月28日10点30分 北京时间', '2026-11-28', '10:30', '+08:00'],
  ])('%s is the day %s at %s, at %s', (text, day, time, offset) => {
    const meant = dateAsMeant(text);
    expect(meant).toEqual({ day, time, offset, text: `${day} ${time} ${offset}` });
    // What it says is what parseSiteDate reads, the same instant whatever the site's zone.
    expect(parseSiteDate(meant!.text, SHANGHAI)?.getTime()).toBe(parseSiteDate(meant!.text, 'UTC')?.getTime());
    expect(zoneProblem(text)).toBeUndefined();
  });

  test('CST, which is also US Central Time, is read as Beijing time and says it was CST', () => {
    expect(dateAsMeant('2026-11-28 09:00 CST')).toEqual({ day: '2026-11-28', time: '09:00', offset: '+08:00', cst: true, text: '2026-11-28 09:00 +08:00' });
    expect(dateAsMeant('2026-11-28 09:00 cst')?.cst).toBe(true);
    expect(dateAsMeant('2026-11-28 09:00 北京时间')?.cst).toBeUndefined();
  });

  // A minus and an hour right after a time is a time range, not an offset 20 hours off; an offset of hours alone is an offset only after GMT or UTC.
  test.each([
    ['2026-11-28 09:00-10:30', '像是时间段（09:00 到 10:30），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -10:30 确是时差，写成 2026-11-28 09:00 -10:30）'],
    ['2026-11-28 09:00 - 11:00', '像是时间段（09:00 到 11:00），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -11:00 确是时差，写成 2026-11-28 09:00 -11:00）'],
    ['2024/1/23 9:00-12', '像是时间段（09:00 到 12:00），不是时区：只写开始的时间，请写成 2024-01-23 09:00（若 -12:00 确是时差，写成 2024-01-23 09:00 -12:00）'],
    ['2026-11-28 09:00-1030', '像是时间段（09:00 到 10:30），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -10:30 确是时差，写成 2026-11-28 09:00 -10:30）'],
    ['2026年11月28日 9:00－10:30', '像是时间段（09:00 到 10:30），不是时区：只写开始的时间，请写成 2026-11-28 09:00（若 -10:30 确是时差，写成 2026-11-28 09:00 -10:30）'],
    ['2026-11-28 09:00 +8', '的时差 +8 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 2026-11-28 09:00 +08:00'],
    ['2026-11-28T09:00+08', '的时差 +08 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 2026-11-28 09:00 +08:00'],
    ['2026/11/28 09:00 -5', '的时差 -5 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 2026-11-28 09:00 -05:00'],
    ['2026-11-28 09:00:00-05', '的时差 -05 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 2026-11-28 09:00:00 -05:00'],
  ])('%s is not read, told: %s', (text, why) => {
    expect(dateAsMeant(text)).toBeUndefined();
    expect(parseSiteDate(text, SHANGHAI)).toBeUndefined();
    expect(zoneProblem(text)).toBe(why);
  });

  test.each(['2026-11-28 09:00 +15', '2026-11-28 09:00 +0875', '2026-11-28 09:00 +8:75', '2026-11-28 北京时间 09:00', 'CST', '2024-03-05 -8'])('%s is no date with a time zone', (text) => {
    expect(dateAsMeant(text)?.offset).toBeUndefined();
  });

  test.each(['2024年2月30日', '2024/13/01', '2024/03/05 25:00', '三月五日', '20240305', '2024年3月'])('%s is no date', (text) => {
    expect(dateAsMeant(text)).toBeUndefined();
  });
});

describe('impossibleDate', () => {
  test.each([
    ['2024-02-30 10:00', '2024 年 2 月只有 29 天，请核对后改正'],
    ['2023-02-29', '2023 年 2 月只有 28 天，请核对后改正'],
    ['2024-04-31 10:00:00', '2024 年 4 月只有 30 天，请核对后改正'],
    ['2024-03-00', '2024 年 3 月只有 31 天，请核对后改正'],
    ['2024-13-45 10:00', '没有 13 月（月份是 1 到 12），请核对后改正'],
    ['2024-03-05 24:00', '24:00 请写成第二天的 00:00'],
    ['2024-03-05 25:00', '没有 25 时（小时是 0 到 23），请核对后改正'],
    ['2024-03-05 10:60', '没有 60 分（分钟是 0 到 59），请核对后改正'],
    ['2024-03-05T10:00:61+08:00', '没有 61 秒（秒是 0 到 59），请核对后改正'],
    // As Chinese and other programs write a date: the same numbers are told.
    ['2024年4月31日 10:00', '2024 年 4 月只有 30 天，请核对后改正'],
    ['２０２４／０２／３０', '2024 年 2 月只有 29 天，请核对后改正'],
    ['2024年3月5日 10点60分', '没有 60 分（分钟是 0 到 59），请核对后改正'],
    // A year mistyped: 0001 was read as 1901, and published so.
    ['0001-01-01 10:00', '年份 0001 不在 1900 到 2100 之间，多是打错了，请核对后改正'],
    ['0024-06-05 10:00', '年份 0024 不在 1900 到 2100 之间，多是打错了，请核对后改正'],
    ['1899-12-31 23:59', '年份 1899 不在 1900 到 2100 之间，多是打错了，请核对后改正'],
    ['2204-06-05', '年份 2204 不在 1900 到 2100 之间，多是打错了，请核对后改正'],
    ['0024年6月5日', '年份 0024 不在 1900 到 2100 之间，多是打错了，请核对后改正'],
  ])('%s is told what is not in the calendar: %s', (text, why) => {
    expect(impossibleDate(text)).toBe(why);
    // The readers refuse exactly these.
    expect(parseSiteDate(text, SHANGHAI)).toBeUndefined();
    expect(dateAsMeant(text)).toBeUndefined();
  });

  test.each(['2024-02-29 10:00', '1900-01-01 00:00', '1969-12-31 23:59', '2100-12-31 23:59', '2024-01-23T09:08:47.999Z', '2024年3月5日 23:59:59', '去年三月', '20240305', ''])('%j is no impossible date: real, or of no date’s form', (text) => {
    expect(impossibleDate(text)).toBeUndefined();
  });
});

describe('parseSiteDate', () => {
  test.each([
    ['2024-01-23 09:08:47', '2024-01-23T01:08:47.000Z'],
    ['2024-01-23T09:08:47', '2024-01-23T01:08:47.000Z'],
    ['2024-01-23 09:08', '2024-01-23T01:08:00.000Z'],
    ['2024-01-23', '2024-01-22T16:00:00.000Z'],
    ['2024-1-3 9:05', '2024-01-03T01:05:00.000Z'],
    ['2024-01-23T09:08:47+08:00', '2024-01-23T01:08:47.000Z'],
    ['2024-01-23T01:08:47Z', '2024-01-23T01:08:47.000Z'],
    ['2024-01-23 09:08:47 -05:00', '2024-01-23T14:08:47.000Z'],
    ['2024-02-29', '2024-02-28T16:00:00.000Z'],
    // A timestamp as programs write it (toISOString): the fraction of a second is kept, the offset respected.
    ['2024-01-23T09:08:47.000Z', '2024-01-23T09:08:47.000Z'],
    ['2024-01-23T09:08:47.25+08:00', '2024-01-23T01:08:47.250Z'],
    ['2024-01-23 09:08:47.5', '2024-01-23T01:08:47.500Z'],
  ])('%s in Asia/Shanghai is %s', (text, iso) => {
    expect(parseSiteDate(text, SHANGHAI)?.toISOString()).toBe(iso);
  });

  test('a wall-clock time is read in the zone given, daylight saving included', () => {
    expect(parseSiteDate('2024-07-01 12:00', 'America/New_York')?.toISOString()).toBe('2024-07-01T16:00:00.000Z');
    expect(parseSiteDate('2024-01-01 12:00', 'America/New_York')?.toISOString()).toBe('2024-01-01T17:00:00.000Z');
  });

  test.each(['', 'yesterday', '2024-13-01', '2023-02-29', '2024-04-31', '2024-01-23 25:00', '2024/01/23', '23-01-2024', '2024-01-23 09:08.5', '2024-01-23T09:08:47.Z'])(
    'rejects %j',
    (text) => {
      expect(parseSiteDate(text, SHANGHAI)).toBeUndefined();
    },
  );
});

describe('formatting in the site time zone', () => {
  // 2024-01-22T17:30:05Z is already 23 January in Shanghai.
  const instant = new Date('2024-01-22T17:30:05Z');

  test('formatAsWritten leaves out a time of midnight, in the zone: a date written without one', () => {
    expect(formatAsWritten(new Date('2026-11-20T16:00:00Z'), SHANGHAI)).toBe('2026-11-21');
    expect(formatAsWritten(new Date('2026-11-20T16:00:00Z'), 'UTC')).toBe('2026-11-20 16:00:00');
    expect(formatAsWritten(instant, SHANGHAI)).toBe('2024-01-23 01:30:05');
  });

  test('formatDateTime and formatDate use the zone, not the machine', () => {
    expect(formatDateTime(instant, SHANGHAI)).toBe('2024-01-23 01:30:05');
    expect(formatDate(instant, SHANGHAI)).toBe('2024-01-23');
    expect(formatDate(instant, 'UTC')).toBe('2024-01-22');
  });

  test('formatIso carries the zone offset', () => {
    expect(formatIso(instant, SHANGHAI)).toBe('2024-01-23T01:30:05+08:00');
    expect(formatIso(instant, 'UTC')).toBe('2024-01-22T17:30:05+00:00');
    expect(formatIso(new Date('2024-07-01T16:00:00Z'), 'America/New_York')).toBe('2024-07-01T12:00:00-04:00');
    expect(formatIso(new Date('2024-07-01T16:00:00Z'), 'Asia/Kolkata')).toBe('2024-07-01T21:30:00+05:30');
  });

  test('formatWallClockIso is the clock of the zone without an offset', () => {
    expect(formatWallClockIso(instant, SHANGHAI)).toBe('2024-01-23T01:30:05');
    expect(formatWallClockIso(instant, 'UTC')).toBe('2024-01-22T17:30:05');
    // The day after in Shanghai, still the evening before by the machine's UTC clock.
    expect(formatWallClockIso(new Date('2024-12-31T16:00:00Z'), SHANGHAI)).toBe('2025-01-01T00:00:00');
  });

  test('formatRfc822 is an RSS date at the zone offset', () => {
    expect(formatRfc822(instant, SHANGHAI)).toBe('Tue, 23 Jan 2024 01:30:05 +0800');
    expect(new Date(formatRfc822(instant, SHANGHAI)).getTime()).toBe(instant.getTime());
  });

  test('zonedParts gives the calendar of the zone', () => {
    expect(zonedParts(new Date('2023-12-31T16:00:00Z'), SHANGHAI)).toEqual({
      year: 2024,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });

  test('monthFolder files an article by the month in the zone, not in UTC', () => {
    expect(monthFolder(new Date('2023-12-31T16:00:00Z'), SHANGHAI)).toBe('2024/01');
    expect(monthFolder(new Date('2023-12-31T16:00:00Z'), 'UTC')).toBe('2023/12');
  });

  test('archive headings write the year and month as Chinese does, unpadded', () => {
    expect(formatYear(2024)).toBe('2024年');
    expect(formatMonth(2024, 1)).toBe('2024年1月');
    expect(formatMonthOfYear(1)).toBe('1月');
  });

  test('a round trip through parse and format keeps the wall clock', () => {
    for (const text of ['2024-01-23 09:08:47', '2025-12-31 23:59:59', '2026-03-01 00:00:00']) {
      expect(formatDateTime(parseSiteDate(text, SHANGHAI)!, SHANGHAI)).toBe(text);
    }
  });
});

test('writesTime: a date as written gives its time, or its day alone', () => {
  for (const text of ['2024-01-23 09:08', '2024-01-23 09:08:47', '2024-01-23T01:08:47.000Z', ' 2024-1-3 9:05 +08:00 ']) expect(writesTime(text), text).toBe(true);
  for (const text of ['2024-01-23', '2024-01-23Z', '2024-01-23 +08:00', '2024年1月23日', '']) expect(writesTime(text), text).toBe(false);
});
