/**
 * Where editorial content lives: `content/` at the project root, or the folder named by
 * BAODAO_CONTENT (the benchmark corpus, test fixtures).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, PARSE_OPTIONS, problemsFrom } from './errors.ts';
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
  } catch {
    throw new ContentError([{ file: shown, field: '', message: '找不到栏目文件 sections.yaml' }]);
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
