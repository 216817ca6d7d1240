/**
 * `npm run check:content`: checks every content file (front matter, sections, people,
 * images) without building, and prints every problem as `file: field — message`, and what
 * the build says besides: bylines that match no person, articles scheduled for later.
 */
import { checkContent, checkMessages } from '../src/lib/check-content.ts';
import { buildTime } from '../src/lib/publish.ts';
import { ContentError, formatProblems } from '../src/lib/errors.ts';
import { contentDir } from '../src/lib/content-dir.ts';

try {
  const site = (await import('../src/site.config.ts')).default;
  const checked = await checkContent(contentDir(), site, buildTime());
  const { problems, articles, people, topics } = checked;
  if (problems.length > 0) {
    console.error(`内容检查发现 ${problems.length} 个问题：\n${formatProblems(problems)}`);
    process.exit(1);
  }
  const { warnings, notices } = checkMessages(checked);
  for (const warning of warnings) console.warn(`警告 (warning): ${warning}\n`);
  for (const notice of notices) console.log(`提示：${notice}\n`);
  console.log(`内容检查通过：${articles} 篇文章，${people} 位人员，${topics} 个专题。`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
