/**
 * Reads YAML front matter the way editors mean it. Astro's own reader turns
 * `date: 2024-01-23 09:08:47` into midnight-UTC-based Date objects; here dates stay text,
 * so the schema reads them in the site's time zone (or at the offset written).
 */
import yaml from 'js-yaml';

const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
}

/** Thrown when the front matter is not valid YAML; `line` is 1-based within the file. */
export class FrontmatterSyntaxError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'FrontmatterSyntaxError';
    this.line = line;
  }
}

/** Parses a YAML document with timestamps left as strings (YAML's core schema). */
export function parseYaml(source: string): unknown {
  try {
    return yaml.load(source, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      throw new FrontmatterSyntaxError(
        `YAML 格式错误：${error.reason}`,
        error.mark ? error.mark.line + 1 : undefined,
      );
    }
    throw error;
  }
}

/** Splits a Markdown file into its front matter (parsed) and body. */
export function readFrontmatter(source: string): Frontmatter {
  const match = FRONTMATTER_RE.exec(source);
  if (!match) return { data: {}, body: source };
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError && error.line !== undefined) {
      // The front matter starts on line 2 of the file.
      throw new FrontmatterSyntaxError(error.message, error.line + 1);
    }
    throw error;
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontmatterSyntaxError('文章开头的 --- 之间应是“字段: 值”的列表', 2);
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: source.slice(match[0].length) };
}
