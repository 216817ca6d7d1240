/**
 * `npm run new -- <slug> [--section today] [--title 标题]`: creates
 * content/articles/YYYY/MM/<slug>.md dated now in the site's time zone, with every required
 * field filled in for the editor to complete, and says where it is.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readSections } from '../src/lib/content-dir.ts';
import { articleTemplate } from '../src/lib/article-template.ts';
import { SLUG, sectionProblem } from '../src/lib/schema.ts';
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
const sections = readSections();
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
const file = path.join(contentDir(), 'articles', folder, `${slug}.md`);
if (existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} 已存在`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`已创建 ${path.relative(process.cwd(), file)}：填写标题、作者、责任编辑和正文；发布前把 draft: true 删掉。`);
