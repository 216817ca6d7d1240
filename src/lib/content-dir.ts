/**
 * Where editorial content lives: `content/` at the project root, or the folder named by
 * BAODAO_CONTENT (the benchmark corpus, test fixtures).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, problemsFrom } from './errors.ts';
import { FrontmatterSyntaxError, parseYaml } from './frontmatter.ts';
import { sectionsFileSchema, type SectionData } from './schema.ts';

/** A content file's id: its path under its folder without the extension (`2024/01/weifang.md` → `2024/01/weifang`). */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^./]+$/, '');
}

export function contentDir(): string {
  return path.resolve(process.env['BAODAO_CONTENT'] ?? 'content');
}

/** Reads and validates content/sections.yaml. */
export function readSections(dir: string = contentDir()): SectionData[] {
  const file = path.join(dir, 'sections.yaml');
  const shown = path.relative(process.cwd(), file);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([{ file: shown, field: '', message: '找不到栏目文件 sections.yaml' }]);
  }
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError) {
      throw new ContentError([{ file: `${shown}:${error.line ?? 1}`, field: '', message: error.message }]);
    }
    throw error;
  }
  const result = sectionsFileSchema.safeParse(data);
  if (!result.success) throw new ContentError(problemsFrom(shown, result.error));
  return [...result.data].sort((a, b) => a.order - b.order);
}
