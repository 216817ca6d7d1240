/**
 * `npm run new -- <slug> [--section today] [--title 标题]`: creates
 * content/articles/YYYY/MM/<slug>.md dated now in the site's time zone, with every required
 * field filled in for the editor to complete, and says where it is.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readSections } from '../src/lib/content-dir.ts';
import { ContentError } from '../src/lib/errors.ts';
import { articleTemplate } from '../src/lib/article-template.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { ARTICLE_ADDRESS, SLUG, sectionProblem } from '../src/lib/schema.ts';
import site from '../src/site.config.ts';

const USAGE =
  '用法：npm run new -- <文件名> [--section 栏目id] [--title "标题"]\n文件名只用小写字母、数字和 -，如 weifang-minzheng；标题含空格时加引号';

/** The command line, or the usage and exit for one the script cannot read (an unknown or empty option). */
function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { section: { type: 'string' }, title: { type: 'string' } } });
  } catch {
    console.error(USAGE);
    process.exit(1);
  }
}

const { values, positionals } = readArgs();
const slug = positionals[0];
// An empty title (--title "") would make a draft whose front matter stops every build.
if (!slug || positionals.length > 1 || !new RegExp(`^${SLUG}$`).test(slug) || values.title?.trim() === '') {
  console.error(USAGE);
  process.exit(1);
}
/** The site's sections, or the stop with what is wrong with sections.yaml (missing, not YAML): readSections threw it with its stack. */
function sectionsOrStop() {
  try {
    return readSections();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`先修正栏目文件，才能新建文章：\n${error.message}`);
    process.exit(1);
  }
}

const sections = sectionsOrStop();
const section = values.section ?? sections[0]!.id;
// Told as the article's section: field is, so a section written by its name (法治要闻) is told its id.
const sectionWrong = sectionProblem(section, sections);
if (sectionWrong) {
  console.error(`--section：${sectionWrong}`);
  process.exit(1);
}
const { folder, text } = articleTemplate({
  section,
  title: values.title,
  source: site.name,
  now: new Date(),
  timeZone: site.timeZone,
});
const articles = path.join(contentDir(), 'articles');
const shown = (file: string) => path.relative(process.cwd(), file);
const id = `${folder}/${slug}`;
const file = path.join(articles, `${id}.md`);
// x.mdx beside it would be the same address, which the content check refuses.
const existing = ['.md', '.mdx'].map((extension) => path.join(articles, `${id}${extension}`)).find((name) => existsSync(name));
if (existing) {
  console.error(`${shown(existing)} 已存在`);
  process.exit(1);
}

/**
 * The articles there are whose front matter has the new article's address among its old ones
 * (`aliases`: a file renamed from this name, which the content check would refuse the new file
 * beside), or, given one, its title. Only files whose text holds the address or the title are
 * parsed; one that cannot be read is left to the content check.
 */
function articlesSharing(address: string, title: string | undefined): { file: string; alias: boolean; title: boolean }[] {
  if (!existsSync(articles)) return [];
  return readdirSync(articles, { recursive: true })
    .map(String)
    .filter((rel) => /\.mdx?$/.test(rel))
    .flatMap((rel) => {
      const source = readFileSync(path.join(articles, rel), 'utf8');
      if (!source.includes(address) && !(title && source.includes(title))) return [];
      let data: Record<string, unknown>;
      try {
        data = readFrontmatter(source).data;
      } catch {
        return [];
      }
      const aliases = Array.isArray(data['aliases']) ? data['aliases'] : [];
      const alias = aliases.some((old) => typeof old === 'string' && ARTICLE_ADDRESS.exec(old)?.[1] === id);
      const sameTitle = title !== undefined && typeof data['title'] === 'string' && data['title'].trim() === title.trim();
      return alias || sameTitle ? [{ file: path.join(articles, rel), alias, title: sameTitle }] : [];
    });
}

const address = `/articles/${id}/`;
const sharing = articlesSharing(address, values.title);
const renamed = sharing.find((article) => article.alias);
if (renamed) {
  console.error(
    `${shown(file)} 的地址 ${address} 是 ${shown(renamed.file)} 的旧地址（aliases），两篇文章不能用同一个地址：请换一个文件名`,
  );
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`已创建 ${shown(file)}：填写标题、作者、责任编辑和正文；发布前把 draft: true 删掉。`);
// Two editors starting one story, or a story written again that is already there: said, not refused (a series may repeat a title).
const namesakes = sharing.filter((article) => article.title).map((article) => shown(article.file));
if (namesakes.length > 0) {
  console.error(`提示：已有文章用了同一标题“${values.title!.trim()}”：${namesakes.join('、')}。是同一篇稿子的话，请删去刚创建的 ${shown(file)}，接着写那一篇`);
}
