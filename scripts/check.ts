/**
 * `npm run check:content`: checks every content file (front matter, sections, people,
 * topics, pages, images) without building, and prints every problem as `file: field — message`,
 * and what the build says besides: bylines that match no person, articles scheduled for later;
 * when it finds no problem, how many files of each kind it checked.
 */
import { checkContent, checkMessages, passedSummary } from '../src/lib/check-content.ts';
import { buildTime } from '../src/lib/publish.ts';
import { ContentError, formatProblems } from '../src/lib/errors.ts';
import { contentDir } from '../src/lib/content-dir.ts';

try {
  const site = (await import('../src/site.config.ts')).default;
  const checked = await checkContent(contentDir(), site, buildTime());
  const { problems } = checked;
  if (problems.length > 0) {
    console.error(`内容检查发现 ${problems.length} 个问题：\n${formatProblems(problems)}`);
    process.exit(1);
  }
  const { warnings, notices } = checkMessages(checked);
  for (const warning of warnings) console.warn(`警告 (warning): ${warning}\n`);
  for (const notice of notices) console.log(`提示：${notice}\n`);
  console.log(passedSummary(checked));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
