/**
 * Where editorial content lives: `content/` at the project root, or the folder named by
 * BAODAO_CONTENT (the benchmark corpus, test fixtures).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError, NO_READ_PERMISSION, PARSE_OPTIONS, isPermissionError, problemsFrom } from './errors.ts';
import { FrontmatterSyntaxError, parseYaml } from './frontmatter.ts';
import { sectionsFileSchema, type SectionData } from './schema.ts';
import { NOT_UTF8, utf8Text } from './utf8-text.ts';

/** A content file's id: its path under its folder without the extension (`2024/01/weifang.md` → `2024/01/weifang`). */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^./]+$/, '');
}

export function contentDir(): string {
  return path.resolve(process.env['BAODAO_CONTENT'] ?? 'content');
}

/**
 * Where files served as they are live (videos, attachments, the icon): `public/` at the project
 * root, or the folder named by BAODAO_PUBLIC (a test's import writes attachments there, not into the project's own).
 */
export function publicDir(): string {
  return path.resolve(process.env['BAODAO_PUBLIC'] ?? 'public');
}

/** Reads and validates content/sections.yaml. */
export function readSections(dir: string = contentDir()): SectionData[] {
  const file = path.join(dir, 'sections.yaml');
  const shown = path.relative(process.cwd(), file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ContentError([{ file: shown, field: '', message: isPermissionError(error) ? NO_READ_PERMISSION : '找不到栏目文件 sections.yaml' }]);
  }
  // The names of the navigation and every section page: garbled for every reader.
  const source = utf8Text(bytes);
  if (source === undefined) throw new ContentError([{ file: shown, field: '', message: NOT_UTF8 }]);
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError) {
      throw new ContentError([{ file: `${shown}:${error.line ?? 1}`, field: '', message: error.message }]);
    }
    throw error;
  }
  const result = sectionsFileSchema.safeParse(data, PARSE_OPTIONS);
  if (!result.success) throw new ContentError(problemsFrom(shown, result.error, {}, sectionsFileSchema));
  return [...result.data].sort((a, b) => a.order - b.order);
}

/** The sections as `sections.yaml` holds them now, and the file they are read from. */
export interface SavedSections {
  file: string;
  list: () => SectionData[];
}

/**
 * content/sections.yaml read now (readSections, which throws what is wrong), and, in development
 * (`npm run dev`, where an editor adds a section and its articles while the server runs), again
 * whenever the file has changed (its time and size): read once, the list an article's section is
 * checked against kept the sections of the server's start, so an article in a section added
 * since stayed out of the preview (the content check, reading the file, found nothing to say),
 * and one whose section had gone stayed in, which failed every page. A list that cannot be read
 * (a save half-written, a mistake) leaves the last one in use until the file is saved again: the
 * content check names the mistake. A file with a mistake when the server starts is no sections
 * until it is saved right, not a content configuration Astro gives up loading, after which the
 * preview showed its last run's content and no save, of any file, until a restart.
 * A build reads the file once, checked before it starts: every article is checked against that
 * list (Astro asks for the articles' schema once per article), and a save of the file while it
 * runs does not check the articles read after it against sections the content check never saw.
 */
export function savedSections(dir: string = contentDir(), { development = false } = {}): SavedSections {
  const file = path.join(dir, 'sections.yaml');
  const stamp = () => {
    try {
      const { mtimeMs, size } = statSync(file);
      return `${mtimeMs} ${size}`;
    } catch {
      return '';
    }
  };
  let read = development ? stamp() : '';
  let sections: SectionData[] = [];
  try {
    sections = readSections(dir);
  } catch (error) {
    if (!development) throw error;
  }
  return {
    file,
    list: () => {
      if (!development) return sections;
      const now = stamp();
      if (now === read) return sections;
      read = now;
      try {
        sections = readSections(dir);
      } catch {
        // kept: the check says what is wrong
      }
      return sections;
    },
  };
}
