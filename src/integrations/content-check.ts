/**
 * `npm run dev` runs the content check that every build runs (src/lib/check-content.ts) when
 * it starts and whenever a content file changes, and prints what it finds in the terminal,
 * in the same words, and at the top of every page (DevProblems.astro): an editor previewing an
 * article learns what would stop the build, why an article with a mistake is missing from
 * the preview (src/lib/loaders.ts), and the warnings the build would print (shown with the
 * problems: what is found in the files that could be read).
 * Builds run the check themselves, before Astro starts (scripts/build-site.ts).
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, checkMessages } from '../lib/check-content.ts';
import { contentDir } from '../lib/content-dir.ts';
import { setDevCheck } from '../lib/dev-problems.ts';
import { ContentError, formatProblems } from '../lib/errors.ts';
import { buildTime } from '../lib/publish.ts';
import site from '../site.config.ts';

/** Edits come in bursts (an editor's save, git checkout): check once they settle. */
const SETTLE_MS = 300;

/** Runs the check; `current` says whether this run is still the latest when it ends (a newer one says its own). */
async function report(dir: string, logger: AstroIntegrationLogger, current: () => boolean): Promise<void> {
  let checked;
  try {
    checked = await checkContent(dir, site, buildTime());
  } catch (error) {
    if (!current()) return;
    if (error instanceof ContentError) setDevCheck({ problems: error.problems, warnings: [] });
    logger.error(error instanceof ContentError ? error.message : `内容检查没能完成：${String(error)}`);
    return;
  }
  if (!current()) return;
  const { problems } = checked;
  const { warnings, notices } = checkMessages(checked);
  setDevCheck({ problems, warnings: warnings.map(({ text }) => text) });
  if (problems.length > 0) logger.error(`内容检查发现 ${problems.length} 个问题（npm run build 会因此停止）：\n${formatProblems(problems)}`);
  for (const { text } of warnings) logger.warn(text);
  if (problems.length > 0) return;
  for (const notice of notices) logger.info(notice);
  logger.info('内容检查通过');
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'baodao-content-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        let timer: ReturnType<typeof setTimeout> | undefined;
        let runs = 0;
        const later = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            const run = ++runs;
            void report(dir, logger, () => run === runs);
          }, SETTLE_MS);
        };
        server.watcher.add(dir);
        server.watcher.on('all', (_event, file) => {
          if (!path.relative(dir, file).startsWith('..')) later();
        });
        later();
      },
    },
  };
}
