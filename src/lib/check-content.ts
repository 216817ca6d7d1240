/**
 * Checks every content file before the build starts and reports every problem at once,
 * each as `file: field — message`. The build runs only when this finds nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { ContentError, problemsFrom, type Problem } from './errors.ts';
import { FrontmatterSyntaxError, parseYaml, readFrontmatter } from './frontmatter.ts';
import { readSections } from './content-dir.ts';
import { articleSchema, personSchema, topicSchema } from './schema.ts';
import { isPublished } from './publish.ts';
import { unmatchedNames, type Credited } from './bylines.ts';

/** Article files sit at `YYYY/MM/<slug>.md` or `.mdx`; the slug is lower-case ASCII. */
export const ARTICLE_PATH_RE = /^\d{4}\/(0[1-9]|1[0-2])\/[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/;

/** Local image paths are relative to the file that names them. */
const localImage = z
  .string({ error: '缺少图片路径' })
  .regex(/^\.{1,2}\//, { error: '图片路径应相对于文章文件,以 ./ 开头' });

async function listFiles(dir: string, test: (rel: string) => boolean): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(test)
    .sort();
}

function syntaxProblem(file: string, error: unknown): Problem[] {
  if (error instanceof FrontmatterSyntaxError) {
    return [{ file: error.line ? `${file}:${error.line}` : file, field: '', message: error.message }];
  }
  throw error;
}

function missingImages(file: string, fields: Record<string, string | undefined>): Problem[] {
  return Object.entries(fields).flatMap(([field, image]) =>
    image && !existsSync(path.resolve(path.dirname(file), image))
      ? [{ file, field, message: `找不到图片文件 ${image}` }]
      : [],
  );
}

export interface CheckResult {
  problems: Problem[];
  /** Byline names that match no person in content/people, with the files they appear in. */
  unmatched: Map<string, string[]>;
  articles: number;
  people: number;
  topics: number;
}

/**
 * Checks the content folder `dir`; `timeZone` reads dates without an offset, `now` decides
 * which articles are published (topics may only name those).
 */
export async function checkContent(dir: string, timeZone: string, now: Date): Promise<CheckResult> {
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  const problems: Problem[] = [];

  let sectionIds: string[] = [];
  try {
    sectionIds = readSections(dir).map((section) => section.id);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }

  const schema = articleSchema({ sectionIds, timeZone, image: z.string() });
  const articlesDir = path.join(dir, 'articles');
  const articleFiles = await listFiles(articlesDir, (rel) => /\.mdx?$/.test(rel));
  const aliasOwners = new Map<string, string>();
  const publishedIds = new Set<string>();
  const credited: { file: string; article: Credited }[] = [];
  for (const rel of articleFiles) {
    const absolute = path.join(articlesDir, rel);
    const file = shown(absolute);
    if (!ARTICLE_PATH_RE.test(rel)) {
      problems.push({
        file,
        field: '',
        message: '文章应放在 articles/年/月/ 下,文件名只用小写字母、数字和 -,如 2024/01/weifang-minzheng.md',
      });
    }
    let data: unknown;
    try {
      data = readFrontmatter(readFileSync(absolute, 'utf8')).data;
    } catch (error) {
      problems.push(...syntaxProblem(file, error));
      continue;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      problems.push(...problemsFrom(file, result.error));
      continue;
    }
    const article = result.data;
    const id = rel.replace(/\.mdx?$/, '');
    if (isPublished(article, now)) publishedIds.add(id);
    credited.push({ file, article: { id, data: article } });
    problems.push(
      ...missingImages(absolute, {
        'cover.image': article.cover?.image as string | undefined,
        'video.poster': article.video?.poster as string | undefined,
      }).map((problem) => ({ ...problem, file })),
    );
    for (const alias of article.aliases) {
      const owner = aliasOwners.get(alias);
      if (owner) {
        problems.push({ file, field: 'aliases', message: `旧地址 ${alias} 已被 ${owner} 使用` });
      }
      aliasOwners.set(alias, file);
    }
  }

  const peopleDir = path.join(dir, 'people');
  const people = personSchema({ image: localImage });
  const personFiles = await listFiles(peopleDir, (rel) => rel.endsWith('.yaml'));
  const personNames = new Set<string>();
  for (const rel of personFiles) {
    const absolute = path.join(peopleDir, rel);
    const file = shown(absolute);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/.test(rel)) {
      problems.push({ file, field: '', message: '人员文件名只用小写字母、数字和 -,如 ma-yuanzheng.yaml' });
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(absolute, 'utf8'));
    } catch (error) {
      problems.push(...syntaxProblem(file, error));
      continue;
    }
    const result = people.safeParse(data);
    if (!result.success) {
      problems.push(...problemsFrom(file, result.error));
      continue;
    }
    personNames.add(result.data.name);
    problems.push(
      ...missingImages(absolute, { photo: result.data.photo as string | undefined }).map((problem) => ({
        ...problem,
        file,
      })),
    );
  }

  const topicsDir = path.join(dir, 'topics');
  const topics = topicSchema({ image: localImage, timeZone });
  const topicFiles = await listFiles(topicsDir, (rel) => /\.mdx?$/.test(rel));
  for (const rel of topicFiles) {
    const absolute = path.join(topicsDir, rel);
    const file = shown(absolute);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/.test(rel)) {
      problems.push({ file, field: '', message: '专题文件名只用小写字母、数字和 -,如 shehui-zuzhi.md' });
    }
    let data: unknown;
    try {
      data = readFrontmatter(readFileSync(absolute, 'utf8')).data;
    } catch (error) {
      problems.push(...syntaxProblem(file, error));
      continue;
    }
    const result = topics.safeParse(data);
    if (!result.success) {
      problems.push(...problemsFrom(file, result.error));
      continue;
    }
    const topic = result.data;
    const lists = [
      { field: 'articles', ids: topic.articles ?? [] },
      ...(topic.parts ?? []).map((part, index) => ({ field: `parts.${index}.articles`, ids: part.articles ?? [] })),
    ];
    for (const { field, ids } of lists) {
      ids.forEach((id, index) => {
        if (!publishedIds.has(id)) {
          problems.push({ file, field: `${field}.${index}`, message: `文章“${id}”不存在或未发布` });
        }
      });
    }
    problems.push(
      ...missingImages(absolute, { 'cover.image': topic.cover?.image as string | undefined }).map((problem) => ({
        ...problem,
        file,
      })),
    );
  }

  return {
    problems,
    unmatched: unmatchedNames(credited, personNames),
    articles: articleFiles.length,
    people: personFiles.length,
    topics: topicFiles.length,
  };
}

/** The one warning the build prints about byline names that match no person. */
export function unmatchedWarning(unmatched: ReadonlyMap<string, readonly string[]>): string | undefined {
  if (unmatched.size === 0) return undefined;
  const lines = [...unmatched].map(([name, files]) => `  ${name}:${files.join('、')}`);
  return `以下 ${unmatched.size} 个署名在人员查询(content/people/)中找不到,不会链接到人员页面:\n${lines.join('\n')}`;
}
