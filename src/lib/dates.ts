/**
 * Every date a reader sees is formatted here, in the site's time zone — never the build
 * machine's: each function takes the zone as a required argument (`site.timeZone`).
 * Front matter dates without an offset are wall-clock times in that zone.
 */
import { TZDate } from '@date-fns/tz';

/** A date and time by its numbers: as a zone's clock shows it (zonedParts), or as written (WrittenFields). */
interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Fields already worked out, by zone and instant: a build formats the same dates many times. */
const known = new Map<string, ZonedParts>();

/** The calendar fields of an instant as a clock in `timeZone` shows them. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const key = `${timeZone} ${date.getTime()}`;
  let result = known.get(key);
  if (!result) {
    result = computeZonedParts(date, timeZone);
    known.set(key, result);
  }
  return result;
}

function computeZonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(date)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
    second: parts['second']!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 2024-01-23 09:08:47 — the meta line of an article. */
export function formatDateTime(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/**
 * 2024-01-23 09:08:47, or 2024-01-23 when the time is midnight: a date an editor wrote without
 * a time (更正 on 2026-11-21) is not given one it never had.
 */
export function formatAsWritten(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return p.hour === 0 && p.minute === 0 && p.second === 0 ? formatDate(date, timeZone) : formatDateTime(date, timeZone);
}

/** 2024-01-23 — listings. */
export function formatDate(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** 2024/01 — the folder under content/articles that an article of that date is filed in. */
export function monthFolder(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}/${pad(p.month)}`;
}

/** 2024年 — the archive's year headings. */
export function formatYear(year: number): string {
  return `${year}年`;
}

/** 1月 — a month within its year (the archive's breadcrumb, under 2024年). */
export function formatMonthOfYear(month: number): string {
  return `${month}月`;
}

/** 2024年1月 — archive headings. */
export function formatMonth(year: number, month: number): string {
  return `${year}年${month}月`;
}

/**
 * 2024-01-23T09:08:47 — the zone's wall clock in ISO 8601 without an offset, as Baidu's
 * 时间因子 (pubDate, upDate) takes it.
 */
export function formatWallClockIso(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** 2024-01-23T09:08:47+08:00 — `<time datetime>`, meta tags, feeds and sitemaps. */
export function formatIso(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const wallClock = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMinutes = Math.round((wallClock - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${formatWallClockIso(date, timeZone)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a front matter date: `2024-01-23`, `2024-01-23 09:08`, `2024-01-23 09:08:47`, with
 * `T` or a space, and an optional offset (`Z`, `+08:00`). Without an offset the time is read
 * in `timeZone`. Seconds may have a fraction, as programs write a timestamp
 * (`2024-01-23T01:08:47.000Z`, JavaScript's toISOString): it names one instant as plainly as
 * the same time without it. Returns `undefined` for anything else, including impossible dates (02-30).
 */
export function parseSiteDate(text: string, timeZone: string): Date | undefined {
  const written = writtenDate(text);
  if (!written || notInCalendar(written)) return undefined;
  const { year, month, day, hour, minute, second, milliseconds, offset } = written;
  // 2026-11-28 09:00-10:30 is a time range, not 09:00 at -10:30 (zoneProblem says so).
  if (offset?.startsWith('-') && timeRange(text)) return undefined;
  const date = new TZDate(year, month - 1, day, hour, minute, second, milliseconds, offset === undefined ? timeZone : offset === 'Z' ? 'UTC' : offset);
  return new Date(date.getTime());
}

/** A date as Chinese and other programs write it (2024年3月5日 10点30分, 2024/03/05 10:00, 2024.3.5): year, month, day, hour, minute, and seconds after `:` or before 秒. */
const MEANT_DATE_RE = /^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*分?(?:\s*:\s*(\d{1,2})|\s*(\d{1,2})\s*秒)?)?$/;

/** A date's text with full-width digits and signs (２０２４－０３－０５ １０：００) made half-width. */
const halfWidthDate = (text: string) => text.trim().replace(/[０-９：－／．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));

/** A date's fields as written, a time not written being 00:00:00, and which parts of the time were written. */
interface WrittenFields extends ZonedParts {
  time: boolean;
  seconds: boolean;
}

/** The numbers of a date's regular expression match, from its first group: undefined for a group not matched. */
const numbers = (match: RegExpExecArray) => match.slice(1).map((group) => (group === undefined ? undefined : Number(group)));

/** A date in parseSiteDate's form, read into its fields (whether or not they are in the calendar), its milliseconds and its offset as written. */
function writtenDate(text: string): (WrittenFields & { milliseconds: number; offset: string | undefined }) | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = numbers(m);
  return {
    year: year!,
    month: month!,
    day: day!,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
    time: hour !== undefined,
    seconds: second !== undefined,
    milliseconds: m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0,
    offset: m[8],
  };
}

/** A date in one of dateAsMeant's forms, read into its fields (whether or not they are in the calendar). */
function meantDate(text: string): WrittenFields | undefined {
  const m = MEANT_DATE_RE.exec(halfWidthDate(text));
  if (!m) return undefined;
  // Seconds are the sixth group when written after `:`, the seventh when written before 秒.
  const [year, month, day, hour, minute, afterColon, before] = numbers(m);
  const second = afterColon ?? before;
  return { year: year!, month: month!, day: day!, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0, time: hour !== undefined, seconds: second !== undefined };
}

/** A date's day and its time (hours and minutes, with its seconds when written) as parseSiteDate reads them: 2024-03-05, 09:05. */
function dayAndTime({ year, month, day, hour, minute, second, time, seconds }: WrittenFields): { day: string; time: string | undefined } {
  return { day: `${year}-${pad(month)}-${pad(day)}`, time: time ? `${pad(hour)}:${pad(minute)}${seconds ? `:${pad(second)}` : ''}` : undefined };
}

/** The years a date may have: before and after them, a year is a typing mistake, not news. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * Why a date's fields name no moment, in words for an editor (2024 年 4 月只有 30 天，请核对后改正), or undefined
 * for a real one: the one calendar rule of parseSiteDate, dateAsMeant and impossibleDate.
 */
function notInCalendar({ year, month, day, hour, minute, second }: ZonedParts): string | undefined {
  const mend = '，请核对后改正';
  // 0024 for 2024, 2204: read, year 0001 was published as 1901 (JavaScript's years 0–99 are 1900–1999).
  if (year < FIRST_YEAR || year > LAST_YEAR) return `年份 ${String(year).padStart(4, '0')} 不在 ${FIRST_YEAR} 到 ${LAST_YEAR} 之间，多是打错了${mend}`;
  if (month < 1 || month > 12) return `没有 ${month} 月（月份是 1 到 12）${mend}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${year} 年 ${month} 月只有 ${days} 天${mend}`;
  if (hour === 24 && minute === 0 && second === 0) return '24:00 请写成第二天的 00:00';
  if (hour > 23) return `没有 ${hour} 时（小时是 0 到 23）${mend}`;
  if (minute > 59) return `没有 ${minute} 分（分钟是 0 到 59）${mend}`;
  if (second > 59) return `没有 ${second} 秒（秒是 0 到 59）${mend}`;
  return undefined;
}

/**
 * Why a date written in a form the front matter takes (2024-02-30 10:00), or one dateAsMeant reads
 * (2024年4月31日), is no real date or time, told to the editor, who wrote the form right and must
 * mend the number: 2024 年 2 月只有 29 天. Undefined for a real date, and for text of no such form.
 */
export function impossibleDate(text: string): string | undefined {
  const fields = writtenDate(text) ?? meantDate(text);
  return fields && notInCalendar(fields);
}

/**
 * A time and, after a minus, an hour (`09:00-10:30`, `9:00 - 12`, `09:00-1030`): a time range, which
 * reads like a time and a negative offset. A minus right after a time written with its hours and
 * minutes alone, or with a space after it, is read as such: an offset is written after a space
 * (`09:00 -05:00`, as the content check tells it), or by a program (`2024-01-23T09:00-05:00`, `09:00:00-05:00`).
 */
const TIME_RANGE_RE = /^(.*?\d{1,2}[:：]\d{2})(\s*)[-－−](\s*)(\d{1,2})(?:[:：]?(\d{2}))?$/;

/** A date's time range as written (`2026-11-28 09:00-10:30`): its day and the times it starts and ends, or undefined. */
function timeRange(text: string): { day: string; start: string; end: string } | undefined {
  const m = TIME_RANGE_RE.exec(halfWidthDate(text));
  if (!m) return undefined;
  const [, before = '', spaceBefore, spaceAfter, hours = '', minutes] = m;
  const start = meantDate(before);
  if (!start?.time || start.seconds || /\dT/i.test(before) || (spaceBefore && !spaceAfter)) return undefined;
  const { day, time } = dayAndTime(start);
  return { day, start: time!, end: `${hours.padStart(2, '0')}:${minutes ?? '00'}` };
}

/**
 * A time zone written after a date's time as people and other programs write one, which
 * parseSiteDate does not read: 北京时间 (also in brackets), CST (as `date` prints China Standard
 * Time), GMT or UTC alone, GMT+8 or UTC+08:00, or an offset of hours and minutes (`+08:00`, `+0800`).
 * The text before it, and the offset it names (`+08:00`) or why it is not read: an offset of hours
 * alone (`+8`, `+08`) only after GMT or UTC, where it is plainly an offset.
 */
const WRITTEN_ZONE_RE =
  /^(.*?)\s*[（(]?\s*(?:(北京时间|中国标准时间)|(CST)|(GMT|UTC)?\s*(([+＋\-－−])\s*(\d{1,2})(?:\s*[:：]?\s*(\d{2}))?)|(GMT|UTC))\s*[)）]?$/i;

type WrittenZone = { rest: string; offset: string; cst: boolean } | { rest: string; problem: string };

function writtenZone(text: string): WrittenZone | undefined {
  const m = WRITTEN_ZONE_RE.exec(text);
  if (!m) return undefined;
  const [, rest = '', china, cst, named, offset = '', sign, hours = '', minutes, utc] = m;
  if (china || cst) return { rest, offset: '+08:00', cst: Boolean(cst) };
  if (utc) return { rest, offset: '+00:00', cst: false };
  // An offset alone follows a time, never a day (2024-03-05's -05 is its day).
  if (!named && !/\d\s*[:：时点]\s*\d{1,2}\s*[分秒]?$|\d\s*[分秒]$/.test(rest)) return undefined;
  if (Number(hours) > 14 || Number(minutes ?? 0) > 59) return undefined;
  const read = `${/[+＋]/.test(sign!) ? '+' : '-'}${hours.padStart(2, '0')}:${minutes ?? '00'}`;
  if (named || /^[+-]\d{2}:?\d{2}$/.test(offset.replace('＋', '+').replace(/[－−]/, '-'))) return { rest, offset: read, cst: false };
  const meant = meantDate(rest);
  if (!meant || notInCalendar(meant)) return undefined;
  const { day, time } = dayAndTime(meant);
  return { rest, problem: `的时差 ${offset.replace(/\s/g, '')} 要写出小时和分钟（只写小时的，只在 GMT 或 UTC 后面，如 GMT+8）：请写成 ${day} ${time} ${read}` };
}

/**
 * Why a date with something after its time that looks like a time zone is not read, in words for an editor:
 * a time range (`2026-11-28 09:00-10:30`: 像是时间段), or an offset of hours alone (`09:00 +8`), each told
 * the date to write; undefined for any other text.
 */
export function zoneProblem(text: string): string | undefined {
  const range = timeRange(text);
  if (range) {
    const { day, start, end } = range;
    return `像是时间段（${start} 到 ${end}），不是时区：只写开始的时间，请写成 ${day} ${start}（若 -${end} 确是时差，写成 ${day} ${start} -${end}）`;
  }
  const zone = writtenZone(halfWidthDate(text));
  return zone && 'problem' in zone ? zone.problem : undefined;
}

/**
 * The date an editor meant by one written as Chinese or other programs write it (`2024年3月5日`,
 * `2024/03/05 10:00`, `2024.3.5`, `10点30分`, in full-width digits and signs: ２０２４－０３－０５ １０：００), in the form
 * `parseSiteDate` reads: its day, and its time when one was written, with the offset of a time zone
 * written after the time as parseSiteDate does not read it (`10:00 北京时间`, `10:00 GMT+8`, `10:00 CST`:
 * `+08:00`; `cst` says it was CST, which is also US Central Time); `text` is all of it in parseSiteDate's
 * form. Undefined when it is no such date, or the zone is not read (zoneProblem).
 */
export function dateAsMeant(text: string): { day: string; time: string | undefined; offset?: string; cst?: true; text: string } | undefined {
  if (timeRange(text)) return undefined;
  const zone = writtenZone(halfWidthDate(text));
  if (zone && 'problem' in zone) return undefined;
  const meant = meantDate(zone?.rest ?? text);
  if (!meant || notInCalendar(meant)) return undefined;
  const written = dayAndTime(meant);
  const asRead = [written.day, written.time, zone?.offset].filter((part) => part !== undefined).join(' ');
  return { ...written, ...(zone && { offset: zone.offset }), ...(zone?.cst && { cst: true as const }), text: asRead };
}

/** Whether a date as written (`parseSiteDate`'s forms) gives its time, not its day alone. */
export function writesTime(text: string): boolean {
  return writtenDate(text)?.time ?? false;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tue, 23 Jan 2024 09:08:47 +0800 — RSS dates (RFC 822), in the site's time zone. */
export function formatRfc822(date: Date, timeZone: string): string {
  const iso = formatIso(date, timeZone);
  const p = zonedParts(date, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  const offset = iso.slice(-6).replace(':', '');
  return `${weekday}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${iso.slice(11, 19)} ${offset}`;
}
