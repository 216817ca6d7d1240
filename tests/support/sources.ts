/**
 * The Markdown sources of the test site, read directly with js-yaml — expectations come from
 * what editors wrote, not from the program under test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { TEST_CONTENT, filesUnder } from './site.ts';

export interface Source {
  id: string;
  file: string;
  fm: Record<string, unknown>;
  /** The Markdown body. */
  body: string;
  title: string;
  section: string;
  /** Front matter dates here are all Asia/Shanghai wall-clock times. */
  date: Date;
  tags: string[];
  names: string[];
  published: boolean;
  /** Flagged pinned (置顶), in English or Chinese. */
  pinned: boolean;
}

/** A section's listing as editors expect it, from its articles newest first: the pinned ones first, each article once. */
export const pinnedFirst = (newestFirst: readonly Source[]): Source[] => [
  ...newestFirst.filter((s) => s.pinned),
  ...newestFirst.filter((s) => !s.pinned),
];

/**
 * A date as front matter writes it (with or without a time of day), in ISO 8601: Asia/Shanghai
 * time (+08:00) unless an offset is given. `2025-08-25` → `2025-08-25T00:00:00+08:00`.
 */
export function isoOf(written: unknown): string {
  const [day, time = '00:00:00'] = String(written).trim().split(/[ T]/);
  const offset = /(Z|[+-]\d{2}:?\d{2})$/.exec(time)?.[1];
  const clock = offset ? time.slice(0, -offset.length) : time;
  return `${day}T${clock.length === 5 ? `${clock}:00` : clock}${offset ?? '+08:00'}`;
}

/** A front matter date as editors write it, as a Date. */
function shanghaiDate(text: string): Date {
  const date = new Date(isoOf(text));
  if (Number.isNaN(date.getTime())) throw new Error(`unreadable date in a test source: ${text}`);
  return date;
}

/** A front-matter value written as one item or a list (author, editor …), as a list; none when absent. */
export const list = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);

export function readSources(now: Date, dir = TEST_CONTENT): Source[] {
  const base = path.join(dir, 'articles');
  return filesUnder(base)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(path.join(base, file), 'utf8');
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      const fm = yaml.load(front!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
      const date = shanghaiDate(String(fm['date']));
      return {
        id: file.replace(/\.mdx?$/, ''),
        file,
        fm,
        body: body!,
        title: String(fm['title']),
        section: String(fm['section']),
        date,
        tags: [...new Set(list(fm['tags']).map((t) => t.trim()))],
        names: [...new Set([...list(fm['author']), ...list(fm['correspondents']), ...list(fm['editor'])])],
        // A withdrawn article (撤稿) is never published, whatever its date.
        published: fm['draft'] !== true && fm['withdrawn'] === undefined && date <= now,
        pinned: list(fm['flags']).some((flag) => flag === 'pinned' || flag === '置顶'),
      };
    });
}

export function readSections(dir = TEST_CONTENT): { id: string; name: string; order: number; aliases?: string[] }[] {
  return yaml.load(readFileSync(path.join(dir, 'sections.yaml'), 'utf8')) as { id: string; name: string; order: number; aliases?: string[] }[];
}
