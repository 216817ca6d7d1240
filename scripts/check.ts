/**
 * `npm run check:content`: checks every content file (front matter, sections, people,
 * topics, pages, images) without building, and prints every problem as `file: field — message`,
 * then the warnings (bylines that match no person, links to drafts …), and when it found no
 * problem, the notices (articles scheduled for later);
 * when it finds no problem, how many files of each kind it checked. In GitHub Actions it also
 * prints each problem, and each file a warning is about (as many as GitHub shows), as an
 * annotation (src/lib/annotations.ts), which GitHub shows on the file and line in a pull request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkContent, checkMessages, passedSummary, warningText } from '../src/lib/check-content.ts';
import { buildTime } from '../src/lib/publish.ts';
import { ContentError, formatProblems } from '../src/lib/errors.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { githubAnnotation, warningAnnotations } from '../src/lib/annotations.ts';
import { importSiteConfig } from '../src/lib/site-config-file.ts';

const inGitHubActions = process.env['GITHUB_ACTIONS'] === 'true';
const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

try {
  const site = await importSiteConfig();
  const checked = await checkContent(contentDir(), site, buildTime());
  const { problems } = checked;
  const { warnings, notices } = checkMessages(checked);
  // Every problem, then the warnings: a link to a draft is not lost because a typo was found beside it.
  if (problems.length > 0) console.error(`内容检查发现 ${problems.length} 个问题：\n${formatProblems(problems)}\n`);
  for (const warning of warnings) console.warn(`${warningText(warning)}\n`);
  if (inGitHubActions) {
    for (const problem of problems) console.log(githubAnnotation(problem, readIfThere));
    // Each file a warning is about gets its own, as each problem does, as far as GitHub shows them.
    for (const line of warningAnnotations(warnings, readIfThere)) console.log(line);
  }
  if (problems.length > 0) {
    process.exitCode = 1;
  } else {
    for (const notice of notices) console.log(`提示：${notice}\n`);
    console.log(passedSummary(checked));
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  if (inGitHubActions) for (const problem of error.problems) console.log(githubAnnotation(problem, readIfThere));
  process.exit(1);
}
