/**
 * The hourly deploy's question: has any article come out since the live site was built, or left
 * its news sitemap (two days after it came out)?
 *
 *   node scripts/due.ts <since>      (an ISO time with its offset: when the live site was built)
 *
 * Reads the front matter of content/articles (BAODAO_CONTENT for another folder) and says which
 * articles a build now would publish that one at <since> did not (src/lib/publish.ts), and which
 * the live /sitemap-news.xml lists past their two days (src/lib/news-sitemap.ts). Writes
 * `due=true` or `due=false` to $GITHUB_OUTPUT when it is set. Anything it cannot read makes it
 * say `due=true`: a build too many costs minutes, a missed one an article left unpublished.
 */
import { appendFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_PATH_RE } from '../src/lib/check-content.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { leftNewsSitemap } from '../src/lib/news-sitemap.ts';
import { becameDue, buildTime } from '../src/lib/publish.ts';
import site from '../src/site.config.ts';

/**
 * The articles, as paths from the content folder, that came out between `since` and `now`
 * (`due`), and those whose two days in the news sitemap ended between them (`old`).
 */
async function dueSince(contentDir: string, since: Date, now: Date): Promise<{ due: string[]; old: string[] }> {
  const dir = path.join(contentDir, 'articles');
  const files = (await readdir(dir, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => ARTICLE_PATH_RE.test(file))
    .sort();
  const due: string[] = [];
  const old: string[] = [];
  for (const file of files) {
    const { data } = readFrontmatter(await readFile(path.join(dir, file), 'utf8'));
    if (becameDue(data, since, now, site.timeZone)) due.push(path.join(contentDir, 'articles', file));
    if (leftNewsSitemap(data, since, now, site.timeZone)) old.push(path.join(contentDir, 'articles', file));
  }
  return { due, old };
}

function answer(due: boolean, message: string): void {
  console.log(message);
  const output = process.env['GITHUB_OUTPUT'];
  if (output) appendFileSync(output, `due=${due}\n`);
}

const contentDir = process.env['BAODAO_CONTENT'] ?? 'content';
const sinceText = process.argv[2] ?? '';
let since: Date | undefined;
try {
  // Read as BAODAO_NOW is: an ISO time with its offset.
  since = buildTime({ BAODAO_NOW: sinceText });
} catch {
  answer(true, `上次构建的时间“${sinceText}”不是带时区的时间（如 2026-11-27T09:02:00Z）：照常构建`);
}
if (since) {
  try {
    const { due, old } = await dueSince(contentDir, since, new Date());
    if (due.length > 0) answer(true, `${due.length} 篇文章已到发布时间：\n${due.join('\n')}`);
    else if (old.length > 0) answer(true, `${old.length} 篇文章发布已满两天，要从新闻站点地图（sitemap-news.xml）中去掉：\n${old.join('\n')}`);
    else answer(false, `${sinceText} 以来没有文章到发布时间，也没有文章要从新闻站点地图中去掉：不用重新构建`);
  } catch (error) {
    answer(true, `读不全 ${contentDir}/articles（${error instanceof Error ? error.message : String(error)}）：照常构建`);
  }
}
