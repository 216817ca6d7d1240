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

/** Content files are UTF-8; a GBK file would be published as mojibake. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** What an editor is told about a content file that is not UTF-8. */
export const NOT_UTF8 = '文件不是 UTF-8 编码（可能是 GBK）：请在编辑器里另存为 UTF-8，否则读者会看到乱码';

/** A content file's text, or undefined when its bytes are not UTF-8 (a file saved as GBK). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
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
  const result = sectionsFileSchema.safeParse(data);
  if (!result.success) throw new ContentError(problemsFrom(shown, result.error));
  return [...result.data].sort((a, b) => a.order - b.order);
}
