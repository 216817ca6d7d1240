/**
 * Every date a reader sees is formatted here, in the site's time zone — never the build
 * machine's: each function takes the zone as a required argument (`site.timeZone`).
 * Front matter dates without an offset are wall-clock times in that zone.
 */
import { TZDate } from '@date-fns/tz';

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
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((v) => (v === undefined ? undefined : Number(v))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  if (day! > new Date(Date.UTC(year!, month!, 0)).getUTCDate()) return undefined;
  const milliseconds = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const offset = m[8];
  const date = new TZDate(year!, month! - 1, day!, hour, minute, second, milliseconds, offset === undefined ? timeZone : offset === 'Z' ? 'UTC' : offset);
  return new Date(date.getTime());
}

/**
 * The date an editor meant by one written as Chinese or other programs write it (`2024年3月5日`,
 * `2024/03/05 10:00`, `2024.3.5`, `10点30分`, in full-width digits and signs: ２０２４－０３－０５ １０：００), in the form
 * `parseSiteDate` reads: its day, and its time when one was written. Undefined when it is no such date.
 */
export function dateAsMeant(text: string): { day: string; time: string | undefined } | undefined {
  const halfWidth = text.trim().replace(/[０-９：－／．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const m = /^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*分?(?:\s*:\s*(\d{1,2})|\s*(\d{1,2})\s*秒)?)?$/.exec(halfWidth);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second, seconds] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  if (month! < 1 || month! > 12 || day! < 1 || day! > new Date(Date.UTC(year!, month!, 0)).getUTCDate()) return undefined;
  const sec = second ?? seconds;
  if (hour !== undefined && (hour > 23 || minute! > 59 || (sec ?? 0) > 59)) return undefined;
  return {
    day: `${year}-${pad(month!)}-${pad(day!)}`,
    time: hour === undefined ? undefined : `${pad(hour)}:${pad(minute!)}${sec === undefined ? '' : `:${pad(sec)}`}`,
  };
}

/** Whether a date as written (`parseSiteDate`'s forms) gives its time, not its day alone. */
export function writesTime(text: string): boolean {
  return DATE_RE.exec(text.trim())?.[4] !== undefined;
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
